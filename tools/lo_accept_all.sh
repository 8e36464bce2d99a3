#!/usr/bin/env bash
# Accept every tracked change of a DOCX in LibreOffice and save its text:
#   tools/lo_accept_all.sh redline.docx out.txt
# Used to check a redline (issue 15): the accepted text must equal
# reviewer.export.redline.accept_all_text. Needs soffice (libreoffice-writer).
set -euo pipefail
in=$(realpath "$1"); out=$(realpath -m "$2")
profile=$(mktemp -d)
soffice -env:UserInstallation=file://$profile --headless --terminate_after_init >/dev/null 2>&1 || true
cat > "$profile/user/basic/Standard/Module1.xba" <<'XBA'
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub AcceptAll(inPath As String, outPath As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(inPath), &quot;_blank&quot;, 0, args())
  disp = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  disp.executeDispatch(doc.getCurrentController().getFrame(), &quot;.uno:AcceptAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = &quot;Text&quot;
  doc.storeToURL(ConvertToURL(outPath), out())
  doc.close(True)
End Sub
</script:module>
XBA
soffice -env:UserInstallation=file://$profile --headless "macro:///Standard.Module1.AcceptAll(\"$in\",\"$out\")" 2>/dev/null
rm -rf "$profile"
test -s "$out"
