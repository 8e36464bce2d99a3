<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnotationCommands</name>
    <message>
        <location filename="../../reviewer/gui/annotation_commands.py" line="32" />
        <source>Override status</source>
        <translation>改判</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/annotation_commands.py" line="39" />
        <source>Mark asked the vendor</source>
        <translation>标记为已询问供应商</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/annotation_commands.py" line="49" />
        <source>Select text in the document first (on a PDF page, drag a box around it).</source>
        <translation>请先在文档中选择文字（在 PDF 页面上拖出一个框）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/annotation_commands.py" line="53" />
        <source>Add evidence</source>
        <translation>添加依据</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/annotation_commands.py" line="57" />
        <source>Reviewer name</source>
        <translation>审阅人姓名</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/annotation_commands.py" line="58" />
        <source>Your name, saved with your notes:</source>
        <translation>您的姓名（随备注一起保存）：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/annotation_commands.py" line="63" />
        <source>Set reviewer name</source>
        <translation>设置审阅人姓名</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <location filename="../../reviewer/gui/checklist_pane.py" line="43" />
        <location filename="../../reviewer/gui/checklist_pane.py" line="103" />
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/checklist_pane.py" line="53" />
        <location filename="../../reviewer/gui/checklist_pane.py" line="104" />
        <source>Least sure first</source>
        <translation>最不确定的优先</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/checklist_pane.py" line="54" />
        <location filename="../../reviewer/gui/checklist_pane.py" line="105" />
        <source>Order the items by how sure the tool is, the doubtful ones first</source>
        <translation>按工具判定的把握程度排序，最没把握的排在前面</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/checklist_pane.py" line="58" />
        <source>Search items, reasons and notes</source>
        <translation>搜索检查项、理由和备注</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/checklist_pane.py" line="116" />
        <source>No review yet.</source>
        <translation>尚未审阅。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/checklist_pane.py" line="127" />
        <source>Score &lt;b&gt;{score:.1f}&lt;/b&gt; / 100</source>
        <translation>得分 &lt;b&gt;{score:.1f}&lt;/b&gt; / 100</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/checklist_pane.py" line="130" />
        <source>({n} overridden)</source>
        <translation>（{n} 项已改判）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/checklist_pane.py" line="137" />
        <source>Score with your changes: &lt;b&gt;{score:.1f}&lt;/b&gt; (the tool's stays above)</source>
        <translation>计入您的改判后得分：&lt;b&gt;{score:.1f}&lt;/b&gt;（上方为工具得分）</translation>
    </message>
</context>
<context>
    <name>ClausePane</name>
    <message>
        <location filename="../../reviewer/gui/clause_pane.py" line="87" />
        <source>Search clauses</source>
        <translation>搜索条款</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../reviewer/gui/crash_handler.py" line="51" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/crash_handler.py" line="52" />
        <source>Something went wrong inside Contract Reviewer. Your work is kept and autosaved; you can carry on. Please send the details below (also in {log}) to support.</source>
        <translation>合同审阅工具内部出错。您的工作已保留并自动保存，可以继续操作。请将下方详情（也记录在 {log}）发送给技术支持。</translation>
    </message>
</context>
<context>
    <name>DialogPresenter</name>
    <message>
        <location filename="../../reviewer/gui/messages.py" line="60" />
        <source>The password was wrong. Enter the password for {name}:</source>
        <translation>密码错误。请输入 {name} 的密码：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/messages.py" line="63" />
        <source>{name} is protected by a password. Enter the password:</source>
        <translation>{name} 受密码保护。请输入密码：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/messages.py" line="66" />
        <source>Password required</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/messages.py" line="76" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/messages.py" line="77" />
        <source>Save your changes to the review of {name}?</source>
        <translation>是否保存对 {name} 审阅结果的更改？</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../reviewer/gui/document_pane.py" line="51" />
        <source>Open a contract (PDF or DOCX) with File &gt; Open, or drop it here.</source>
        <translation>通过“文件 &gt; 打开”打开合同（PDF 或 DOCX），或将文件拖放到此处。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/document_pane.py" line="64" />
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/document_pane.py" line="66" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小 (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/document_pane.py" line="68" />
        <source>Zoom in (Ctrl++)</source>
        <translation>放大 (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/document_pane.py" line="71" />
        <source>Go to page</source>
        <translation>转到页</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/document_pane.py" line="77" />
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/document_pane.py" line="134" />
        <source>of {n}</source>
        <translation>共 {n} 页</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="75" />
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="77" />
        <source>Checklist for the Vendor (Excel)…</source>
        <translation>供应商检查清单 (Excel)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="78" />
        <source>Checklist as CSV…</source>
        <translation>检查清单 CSV…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="79" />
        <source>Report (Word)…</source>
        <translation>审阅报告 (Word)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="80" />
        <source>Report (PDF)…</source>
        <translation>审阅报告 (PDF)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="81" />
        <source>Contract with Comments…</source>
        <translation>带批注的合同…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="82" />
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="104" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="131" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>FindingPanel</name>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="50" />
        <source>p. {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="53" />
        <source>paragraph {n}</source>
        <translation>第 {n} 段</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="92" />
        <source>Edit override note</source>
        <translation>编辑改判说明</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="94" />
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="97" />
        <source>Edit vendor response</source>
        <translation>编辑供应商答复</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="105" />
        <source>Your status:</source>
        <translation>您的判定：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="105" />
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="105" />
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="106" />
        <source>Vendor's answer:</source>
        <translation>供应商答复：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="108" />
        <source>Asked the vendor</source>
        <translation>已询问供应商</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="109" />
        <source>Why you changed the status</source>
        <translation>您修改判定的原因</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="110" />
        <source>What the vendor replied</source>
        <translation>供应商的答复</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="113" />
        <source>Keep the tool's decision</source>
        <translation>保留工具的判定</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="129" />
        <source>Select an item in the checklist to see the tool's decision and evidence.</source>
        <translation>在检查清单中选择一项，查看工具的判定和依据。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="168" />
        <source>Your decision: {mine} &amp;nbsp; (the tool said {tool})</source>
        <translation>您的判定：{mine} &amp;nbsp;（工具判定为 {tool}）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="171" />
        <source>Tool's decision: {tool}</source>
        <translation>工具判定：{tool}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="173" />
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="177" />
        <source>Key facts</source>
        <translation>关键事实</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="181" />
        <source>Deviations from policy</source>
        <translation>偏离政策要求</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="185" />
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="188" />
        <source>No clause addresses this item.</source>
        <translation>合同中没有条款涉及此项。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="192" />
        <source>added by you</source>
        <translation>由您添加</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="196" />
        <source>show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="232" />
        <source>Override status</source>
        <translation>改判</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="235" />
        <source>Mark asked the vendor</source>
        <translation>标记为已询问供应商</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="205" />
        <source>Exported {name}</source>
        <translation>已导出 {name}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="210" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="211" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="212" />
        <source>&amp;Checklist</source>
        <translation>检查清单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="213" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="214" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="215" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="216" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="217" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="218" />
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="220" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="258" />
        <source>Contract Reviewer</source>
        <translation>合同审阅</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="291" />
        <source>Open contract or review</source>
        <translation>打开合同或审阅文件</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="292" />
        <source>Contracts and reviews (*.pdf *.docx *.review.json);;All files (*)</source>
        <translation>合同和审阅文件 (*.pdf *.docx *.review.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="310" />
        <source>Save review</source>
        <translation>保存审阅</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="311" />
        <source>Review files (*.review.json)</source>
        <translation>审阅文件 (*.review.json)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="318" />
        <source>Checklist file</source>
        <translation>检查清单文件</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="319" />
        <source>Checklists (*.yaml *.yml)</source>
        <translation>检查清单 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="330" />
        <source>Checklist not usable</source>
        <translation>检查清单无法使用</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="367" />
        <source>About Contract Reviewer</source>
        <translation>关于合同审阅</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="368" />
        <source>&lt;h3&gt;Contract Reviewer {version}&lt;/h3&gt;&lt;p&gt;Reviews vendor support and service terms against a checklist. Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;合同审阅 {version}&lt;/h3&gt;&lt;p&gt;按检查清单审阅供应商的支持与服务条款。所有内容都保留在本机，不会外传。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../reviewer/gui/notice_bar.py" line="34" />
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="127" />
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="127" />
        <source>Status</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="127" />
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="176" />
        <source>{met} of {n} met</source>
        <translation>{n} 项中 {met} 项符合</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="203" />
        <source>{new} (tool: {old})</source>
        <translation>{new}（工具：{old}）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="218" />
        <source>The tool is {pct} % sure of its status.</source>
        <translation>工具对此判定的把握为 {pct}%。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="221" />
        <source>Overridden by the reviewer. The tool said: {old}</source>
        <translation>审阅人已改判。工具判定为：{old}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="229" />
        <source>overridden</source>
        <translation>已改判</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="231" />
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="233" />
        <source>asked vendor</source>
        <translation>已询问供应商</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="235" />
        <source>deviation</source>
        <translation>偏离</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="134" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="137" />
        <source>Contract Reviewer</source>
        <translation>合同审阅</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="142" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="143" />
        <source>Something went wrong inside Contract Reviewer. Your notes are safe; the details below are also in the log file.</source>
        <translation>合同审阅工具内部出错。您的备注是安全的；下方详情也已写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="162" />
        <location filename="../../reviewer/gui/review_controller.py" line="167" />
        <source>Cannot open contract</source>
        <translation>无法打开合同</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="163" />
        <source>{path} does not exist. Check the name, or pick the file with File &gt; Open.</source>
        <translation>{path} 不存在。请检查文件名，或通过“文件 &gt; 打开”选择文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="168" />
        <source>{name} is not a PDF or Word (.docx) file. Contract Reviewer reads .pdf and .docx contracts, and .review.json review files.</source>
        <translation>{name} 不是 PDF 或 Word (.docx) 文件。本工具可读取 .pdf 和 .docx 合同，以及 .review.json 审阅文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="185" />
        <source>Reviewing {name}…</source>
        <translation>正在审阅 {name}…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="207" />
        <source>Not opened: no password given.</source>
        <translation>未打开：没有输入密码。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="221" />
        <source>Review complete: {name}</source>
        <translation>审阅完成：{name}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="245" />
        <source>Cannot open review</source>
        <translation>无法打开审阅文件</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="252" />
        <source>Contract changed</source>
        <translation>合同已更改</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="253" />
        <source>{name} has changed since this review was saved. Review it again? Your notes and overrides are kept, matched by item.</source>
        <translation>保存此审阅后，{name} 已被修改。是否重新审阅？您的备注和改判会按检查项保留。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="262" />
        <source>The contract has changed since this review was saved; evidence may point to the wrong place.</source>
        <translation>保存此审阅后合同已被修改，依据可能指向错误的位置。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="265" />
        <source>The contract {name} was not found next to the review file, so it cannot be shown.</source>
        <translation>在审阅文件所在文件夹中找不到合同 {name}，因此无法显示。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="304" />
        <source>The contract cannot be shown: {error}</source>
        <translation>无法显示合同：{error}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="321" />
        <source>Cannot save review</source>
        <translation>无法保存审阅</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="326" />
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="342" />
        <source>Autosave failed: {error}</source>
        <translation>自动保存失败：{error}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="349" />
        <source>a contract</source>
        <translation>一份合同</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="351" />
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="352" />
        <source>Contract Reviewer was closed without saving your review of {name} (last autosaved {when}). Restore it?</source>
        <translation>合同审阅上次关闭时未保存您对 {name} 的审阅（最后自动保存于 {when}）。是否恢复？</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="360" />
        <source>Restored unsaved work on {name}.</source>
        <translation>已恢复 {name} 的未保存工作。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../reviewer/gui/status_style.py" line="32" />
        <source>Met</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/status_style.py" line="33" />
        <source>Vague</source>
        <translation>模糊</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/status_style.py" line="34" />
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="73" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="74" />
        <source>Open a contract (PDF, DOCX) or a saved review</source>
        <translation>打开合同（PDF、DOCX）或已保存的审阅</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="75" />
        <source>&amp;Save Review</source>
        <translation>保存审阅(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="76" />
        <source>Save Review &amp;As…</source>
        <translation>审阅另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="77" />
        <source>Use a Checklist File…</source>
        <translation>使用检查清单文件…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="78" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="79" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="80" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="81" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="82" />
        <source>Mark as Met</source>
        <translation>改判为符合</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="83" />
        <source>Mark as Vague</source>
        <translation>改判为模糊</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="84" />
        <source>Mark as Missing</source>
        <translation>改判为缺失</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="85" />
        <source>Back to the Tool's Decision</source>
        <translation>恢复工具的判定</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="86" />
        <source>Edit &amp;Note</source>
        <translation>编辑备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="87" />
        <source>&amp;Asked the Vendor</source>
        <translation>已询问供应商(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="88" />
        <source>Use Selection as &amp;Evidence</source>
        <translation>将所选内容作为依据(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="89" />
        <source>Select text in a DOCX, or drag a box on a PDF page, then use it as evidence for the selected item</source>
        <translation>在 DOCX 中选择文字，或在 PDF 页面上拖出一个框，然后将其作为所选检查项的依据</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="91" />
        <source>Reviewer Name…</source>
        <translation>审阅人姓名…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="92" />
        <source>&amp;Next Item</source>
        <translation>下一项(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="93" />
        <source>&amp;Previous Item</source>
        <translation>上一项(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="94" />
        <source>Next Item Needing &amp;Attention</source>
        <translation>下一个需关注项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="95" />
        <source>Next vague or missing item (F8)</source>
        <translation>下一个模糊或缺失项 (F8)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="96" />
        <source>Previous Item Needing Attention</source>
        <translation>上一个需关注项</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="97" />
        <source>Show Only Vague and Missing</source>
        <translation>只显示模糊和缺失项</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="98" />
        <source>&amp;Find Item…</source>
        <translation>查找检查项(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="99" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="100" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="101" />
        <source>&amp;Fit Width</source>
        <translation>适合宽度(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="104" />
        <source>&amp;About Contract Reviewer</source>
        <translation>关于合同审阅(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="105" />
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
</context>
<context>
    <name>self.model</name>
    <message>
        <location filename="../../reviewer/gui/checklist_pane.py" line="96" />
        <source>{new} (tool: {old})</source>
        <translation>{new}（工具：{old}）</translation>
    </message>
</context>
</TS>