<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../reviewer/gui/about.py" line="44" />
        <source>About Contract Reviewer</source>
        <translation>关于合同审阅</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/about.py" line="46" />
        <source>&lt;h3&gt;Contract Reviewer {version}&lt;/h3&gt;&lt;p&gt;Reviews vendor support and service terms against a checklist. Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;合同审阅 {version}&lt;/h3&gt;&lt;p&gt;按检查清单审阅供应商的支持与服务条款。所有内容都保留在本机，不会外传。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/about.py" line="53" />
        <source>Log file: {path}</source>
        <translation>日志文件：{path}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/about.py" line="57" />
        <source>Third-party software and licences:</source>
        <translation>第三方软件及许可：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/about.py" line="79" />
        <source>The licence notices are not installed ({path}).</source>
        <translation>未安装许可声明（{path}）。</translation>
    </message>
</context>
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
        <location filename="../../reviewer/gui/checklist_pane.py" line="104" />
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/checklist_pane.py" line="53" />
        <location filename="../../reviewer/gui/checklist_pane.py" line="105" />
        <source>Least sure first</source>
        <translation>最不确定的优先</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/checklist_pane.py" line="54" />
        <location filename="../../reviewer/gui/checklist_pane.py" line="106" />
        <source>Order the items by how sure the tool is, the doubtful ones first</source>
        <translation>按工具判定的把握程度排序，最没把握的排在前面</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/checklist_pane.py" line="58" />
        <location filename="../../reviewer/gui/checklist_pane.py" line="103" />
        <source>Search items, reasons and notes</source>
        <translation>搜索检查项、理由和备注</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/checklist_pane.py" line="117" />
        <source>No review yet.</source>
        <translation>尚未审阅。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/checklist_pane.py" line="135" />
        <source>Tool's score &lt;b&gt;{tool:.1f}&lt;/b&gt; · With your changes &lt;b&gt;{mine:.1f}&lt;/b&gt; / 100</source>
        <translation>工具得分 &lt;b&gt;{tool:.1f}&lt;/b&gt; · 含您的修改 &lt;b&gt;{mine:.1f}&lt;/b&gt; / 100</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/checklist_pane.py" line="139" />
        <source>({n} overridden)</source>
        <translation>（{n} 项已改判）</translation>
    </message>
</context>
<context>
    <name>ChecklistStatus</name>
    <message>
        <location filename="../../reviewer/gui/checklist_status.py" line="42" />
        <source>Checklist: {id} (not found)</source>
        <translation>检查清单：{id}（未找到）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/checklist_status.py" line="50" />
        <source>Checklist: {name} (built-in)</source>
        <translation>检查清单：{name}（内置）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/checklist_status.py" line="51" />
        <source>Checklist: {file}</source>
        <translation>检查清单：{file}</translation>
    </message>
</context>
<context>
    <name>ClausePane</name>
    <message>
        <location filename="../../reviewer/gui/clause_pane.py" line="88" />
        <source>Search clauses</source>
        <translation>搜索条款</translation>
    </message>
</context>
<context>
    <name>CompareVendorsWindow</name>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="137" />
        <source>Compare Vendors — Contract Reviewer</source>
        <translation>比较供应商 — 合同审阅工具</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="138" />
        <source>Add Contracts or Reviews…</source>
        <translation>添加合同或审阅文件…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="139" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="140" />
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="141" />
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="142" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="143" />
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="144" />
        <source>Scorecards</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="145" />
        <source>Section scores</source>
        <translation>分类得分</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="147" />
        <source>Add two or more contracts or saved reviews, then press Compare.</source>
        <translation>添加两份或更多合同或已保存的审阅，然后点击“比较”。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="149" />
        <source>Click a cell to see that vendor's evidence.</source>
        <translation>点击单元格查看该供应商的依据。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="156" />
        <source>Contracts or saved reviews to compare</source>
        <translation>要比较的合同或已保存的审阅</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="157" />
        <source>Contracts and reviews ({patterns})</source>
        <translation>合同和审阅文件 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="209" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="226" />
        <source>Score (with your changes)</source>
        <translation>得分（含您的修改）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="245" />
        <source>{n} vendors compared. Highest score with your changes: {best}. ★ best value in a row, ! deviation from policy.</source>
        <translation>已比较 {n} 家供应商。含您的修改后得分最高：{best}。★ 表示该行最优，! 表示偏离政策。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="251" />
        <source>not reviewed</source>
        <translation>未审阅</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="265" />
        <location filename="../../reviewer/gui/compare_vendors.py" line="307" />
        <source>Changed by the reviewer; the tool said {old}</source>
        <translation>审阅人已修改；工具判定为 {old}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="305" />
        <source>Status: {status}</source>
        <translation>结论：{status}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="310" />
        <source>Key fact: {fact}</source>
        <translation>关键事实：{fact}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="314" />
        <source>No clause of this contract addresses the item.</source>
        <translation>该合同中没有条款涉及此项。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="317" />
        <source>p. {n}</source>
        <translation>第 {n} 页</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_vendors.py" line="334" />
        <source>Export comparison</source>
        <translation>导出比较结果</translation>
    </message>
</context>
<context>
    <name>CompareVersionsWindow</name>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="106" />
        <source>Compare Versions — Contract Reviewer</source>
        <translation>比较版本 — 合同审阅工具</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="107" />
        <source>Original (contract or saved review):</source>
        <translation>原版本（合同或已保存的审阅）：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="108" />
        <source>Revision:</source>
        <translation>修订版：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="109" />
        <location filename="../../reviewer/gui/compare_versions.py" line="110" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="111" />
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="112" />
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="113" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="114" />
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="114" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="115" />
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="115" />
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="116" />
        <source>Your note</source>
        <translation>您的备注</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="118" />
        <source>Choose the original and the revision, then press Compare. A saved review as the original carries your notes over.</source>
        <translation>选择原版本和修订版，然后点击“比较”。以已保存的审阅作为原版本时，您的备注会一并带入。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="135" />
        <source>improved</source>
        <translation>改善</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="135" />
        <source>worse</source>
        <translation>变差</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="136" />
        <source>changed</source>
        <translation>有变化</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="136" />
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="139" />
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="173" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="204" />
        <source>{old} → {new}: {improved} improved, {worse} worse, {changed} changed; {recheck} of your overrides to re-check (⚠).</source>
        <translation>{old} → {new}：{improved} 项改善，{worse} 项变差，{changed} 项有变化；{recheck} 项改判需重新核对（⚠）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="217" />
        <source>Your override was carried over, but the clause changed: check it again.</source>
        <translation>您的改判已带入，但条款已变化：请重新核对。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="221" />
        <source>Your note: {note}</source>
        <translation>您的备注：{note}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="223" />
        <source>Vendor's answer: {answer}</source>
        <translation>供应商答复：{answer}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="225" />
        <source>The vendor's answer promised more than the revision says.</source>
        <translation>供应商答复的承诺多于修订版的写法。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="227" />
        <source>Changed wording of the cited clauses ([-removed-] {+added+}):</source>
        <translation>引用条款的文字变化（[-删除-] {+新增+}）：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="229" />
        <source>The cited clauses read the same.</source>
        <translation>引用条款的文字相同。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/compare_versions.py" line="233" />
        <source>Export changes</source>
        <translation>导出变化</translation>
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
        <location filename="../../reviewer/gui/messages.py" line="67" />
        <source>The password was wrong. Enter the password for {name}:</source>
        <translation>密码错误。请输入 {name} 的密码：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/messages.py" line="70" />
        <source>{name} is protected by a password. Enter the password:</source>
        <translation>{name} 受密码保护。请输入密码：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/messages.py" line="73" />
        <source>Password required</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/messages.py" line="89" />
        <source>Save your changes to the playbook {name}? Discarded changes are lost.</source>
        <translation>是否保存对谈判手册 {name} 的更改？不保存的更改将丢失。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/messages.py" line="97" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/messages.py" line="83" />
        <source>Save your changes to the review of {name}?</source>
        <translation>是否保存对 {name} 审阅结果的更改？</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../reviewer/gui/document_pane.py" line="55" />
        <location filename="../../reviewer/gui/document_pane.py" line="105" />
        <source>Open a contract (PDF or DOCX) with File &gt; Open, or drop it here.</source>
        <translation>通过“文件 &gt; 打开”打开合同（PDF 或 DOCX），或将文件拖放到此处。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/document_pane.py" line="68" />
        <location filename="../../reviewer/gui/document_pane.py" line="106" />
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/document_pane.py" line="70" />
        <location filename="../../reviewer/gui/document_pane.py" line="107" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小 (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/document_pane.py" line="72" />
        <location filename="../../reviewer/gui/document_pane.py" line="108" />
        <source>Zoom in (Ctrl++)</source>
        <translation>放大 (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/document_pane.py" line="75" />
        <location filename="../../reviewer/gui/document_pane.py" line="109" />
        <source>Go to page</source>
        <translation>转到页</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/document_pane.py" line="81" />
        <location filename="../../reviewer/gui/document_pane.py" line="110" />
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/document_pane.py" line="115" />
        <source>Highlights:</source>
        <translation>高亮：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/document_pane.py" line="179" />
        <source>of {n}</source>
        <translation>共 {n} 页</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="128" />
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="130" />
        <source>Checklist for the Vendor (Excel)…</source>
        <translation>供应商检查清单 (Excel)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="131" />
        <source>Internal Checklist with Notes (Excel)…</source>
        <translation>内部检查清单（含备注，Excel）…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="132" />
        <source>Checklist as CSV…</source>
        <translation>检查清单 CSV…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="133" />
        <source>Report (Word)…</source>
        <translation>审阅报告 (Word)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="134" />
        <source>Report (PDF)…</source>
        <translation>审阅报告 (PDF)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="135" />
        <source>Contract with Comments…</source>
        <translation>带批注的合同…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="136" />
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="137" />
        <source>Redline (DOCX)…</source>
        <translation>修订稿（DOCX）…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="138" />
        <source>Issue List (DOCX / PDF)…</source>
        <translation>问题清单（DOCX / PDF）…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="142" />
        <source>Include My Notes in the Vendor Checklist</source>
        <translation>在发给供应商的清单中包含我的备注</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="143" />
        <source>&amp;Paper Size</source>
        <translation>纸张大小(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="144" />
        <source>From the Locale ({paper})</source>
        <translation>按区域设置（{paper}）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="146" />
        <location filename="../../reviewer/gui/export_menu.py" line="162" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="147" />
        <location filename="../../reviewer/gui/export_menu.py" line="162" />
        <source>Letter</source>
        <translation>Letter（美国信纸）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="149" />
        <source>The paper the workbooks' print setup, the reports, the issue list and a PDF contract's amendment schedule are laid out for.</source>
        <translation>工作簿的打印设置、报告、问题清单以及 PDF 合同的修改附表所用的纸张。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="152" />
        <source>The contract with your chosen positions as Word tracked changes, each with its reason as a comment; for a PDF contract, a schedule of requested amendments.</source>
        <translation>按您选择的立场以 Word 修订（跟踪更改）修改合同，每处修改附批注说明理由；PDF 合同则生成“修改要求”附表。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="155" />
        <source>One page of issues ranked by risk, with the cited clause and the position asked for.</source>
        <translation>一页按风险排序的问题清单，列出所引条款和我方要求的立场。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="157" />
        <source>Item, question, status in neutral words, cited clause and answer columns. Your notes, the tool's own status and override reasons stay out unless 'Include My Notes' is ticked.</source>
        <translation>包含检查项、问题、中性措辞的状态、引用条款和答复列。除非勾选“包含我的备注”，否则不含您的备注、工具原判定和改判理由。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="198" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/export_menu.py" line="230" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>FindingPanel</name>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="51" />
        <source>p. {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="54" />
        <source>paragraph {n}</source>
        <translation>第 {n} 段</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="95" />
        <source>Edit override note</source>
        <translation>编辑改判说明</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="97" />
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="100" />
        <source>Edit vendor response</source>
        <translation>编辑供应商答复</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="108" />
        <source>Your status:</source>
        <translation>您的判定：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="108" />
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="108" />
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="109" />
        <source>Vendor's answer:</source>
        <translation>供应商答复：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="109" />
        <source>Redline asks for:</source>
        <translation>修订稿要求：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="111" />
        <source>Asked the vendor</source>
        <translation>已询问供应商</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="112" />
        <source>Why you changed the status</source>
        <translation>您修改判定的原因</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="113" />
        <source>What the vendor replied</source>
        <translation>供应商的答复</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="116" />
        <source>Keep the tool's decision</source>
        <translation>保留工具的判定</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="133" />
        <source>Select an item in the checklist to see the tool's decision and evidence.</source>
        <translation>在检查清单中选择一项，查看工具的判定和依据。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="179" />
        <source>Your decision: {mine} &amp;nbsp; (the tool said {tool})</source>
        <translation>您的判定：{mine} &amp;nbsp;（工具判定为 {tool}）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="182" />
        <source>Tool's decision: {tool}</source>
        <translation>工具判定：{tool}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="184" />
        <source>The tool is {pct} % sure of its status.</source>
        <translation>工具对此判定的把握为 {pct}%。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="187" />
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="191" />
        <source>Key facts</source>
        <translation>关键事实</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="195" />
        <source>Deviations from policy</source>
        <translation>偏离政策要求</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="202" />
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="205" />
        <source>No clause addresses this item.</source>
        <translation>合同中没有条款涉及此项。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="209" />
        <source>added by you</source>
        <translation>由您添加</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="213" />
        <source>show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="249" />
        <source>Override status</source>
        <translation>改判</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/finding_panel.py" line="252" />
        <source>Mark asked the vendor</source>
        <translation>标记为已询问供应商</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../reviewer/gui/help_window.py" line="34" />
        <source>User Guide — Contract Reviewer</source>
        <translation>用户指南 — 合同审阅工具</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/help_window.py" line="42" />
        <source>The user guide is not installed ({path}).</source>
        <translation>未安装用户指南（{path}）。</translation>
    </message>
</context>
<context>
    <name>ImportAnswersDialog</name>
    <message>
        <location filename="../../reviewer/gui/import_answers.py" line="74" />
        <source>Import Vendor Answers — {name}</source>
        <translation>导入供应商答复 — {name}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/import_answers.py" line="76" />
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/import_answers.py" line="76" />
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/import_answers.py" line="76" />
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/import_answers.py" line="77" />
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/import_answers.py" line="79" />
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/import_answers.py" line="104" />
        <source>Nothing can be imported from this file:</source>
        <translation>此文件无法导入：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/import_answers.py" line="118" />
        <source>{new} new answers, {changed} changed, {same} unchanged, {empty} unanswered. Nothing changes until you press Apply; Undo takes it back.</source>
        <translation>{new} 条新答复，{changed} 条有修改，{same} 条未变，{empty} 项未答复。点击“应用”前不会有任何改动；可用“撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/import_answers.py" line="137" />
        <source>New answers</source>
        <translation>新答复</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/import_answers.py" line="141" />
        <source>Changed answers</source>
        <translation>修改的答复</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/import_answers.py" line="145" />
        <source>Rows that match no item (not imported)</source>
        <translation>无法对应检查项的行（不导入）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/import_answers.py" line="147" />
        <source>row {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/import_answers.py" line="150" />
        <source>Statuses the vendor edited (not imported)</source>
        <translation>供应商改动的状态（不导入）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/import_answers.py" line="156" />
        <source>Answered but still vague or missing: check these</source>
        <translation>已答复但仍模糊或缺失：请核对</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/import_answers.py" line="168" />
        <source>Import vendor answers from {name}</source>
        <translation>从 {name} 导入供应商答复</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="236" />
        <source>Exported {name}</source>
        <translation>已导出 {name}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="241" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="242" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="243" />
        <source>&amp;Checklist</source>
        <translation>检查清单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="244" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="245" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="246" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="247" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="248" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="249" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="250" />
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="252" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="300" />
        <source>Contract Reviewer</source>
        <translation>合同审阅</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="344" />
        <source>Open contract or review</source>
        <translation>打开合同或审阅文件</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="345" />
        <source>Contracts and reviews (*.pdf *.docx *.review.json);;All files (*)</source>
        <translation>合同和审阅文件 (*.pdf *.docx *.review.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="356" />
        <source>Replace the saved review?</source>
        <translation>替换已保存的审阅？</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="357" />
        <source>{file} already holds {other}. Replace it with this review? Choose No to save under another name.</source>
        <translation>{file} 中已有{other}。用当前审阅替换它吗？选择“否”可另存为其他名称。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="368" />
        <source>Save review</source>
        <translation>保存审阅</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="369" />
        <source>Review files (*.review.json)</source>
        <translation>审阅文件 (*.review.json)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="376" />
        <source>Checklist file</source>
        <translation>检查清单文件</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="377" />
        <source>Checklists (*.yaml *.yml)</source>
        <translation>检查清单 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/main_window.py" line="388" />
        <source>Checklist not usable</source>
        <translation>检查清单无法使用</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../reviewer/gui/notice_bar.py" line="36" />
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
</context>
<context>
    <name>PlaybookChanges</name>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="37" />
        <source>Changes from the bundled checklist:</source>
        <translation>相对内置检查清单的修改：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="42" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="57" />
        <source>Not valid: {error}</source>
        <translation>无效：{error}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="61" />
        <source>Valid: {on} of {total} items on, {n} changed.</source>
        <translation>有效：启用 {on}/{total} 项，修改 {n} 项。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="67" />
        <source>No changes: the same as the bundled checklist.</source>
        <translation>无修改：与内置检查清单相同。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="77" />
        <source>policy maximum ({fact})</source>
        <translation>政策上限（{fact}）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="78" />
        <source>policy minimum ({fact})</source>
        <translation>政策下限（{fact}）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="80" />
        <source>on</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="80" />
        <source>importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="81" />
        <source>preferred limit</source>
        <translation>首选界限</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="82" />
        <source>fallback limit</source>
        <translation>可接受界限</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="83" />
        <source>unacceptable limit</source>
        <translation>不可接受界限</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="84" />
        <source>preferred text (English)</source>
        <translation>首选条款（英文）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="85" />
        <source>preferred text (Chinese)</source>
        <translation>首选条款（中文）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="86" />
        <source>fallback text (English)</source>
        <translation>可接受条款（英文）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="87" />
        <source>fallback text (Chinese)</source>
        <translation>可接受条款（中文）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="97" />
        <source>{item}: new item</source>
        <translation>{item}：新增检查项</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="99" />
        <source>{item}: not in this playbook</source>
        <translation>{item}：本谈判手册中没有</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="103" />
        <source>turned off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="103" />
        <source>turned on</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_changes.py" line="105" />
        <source>{field} rewritten</source>
        <translation>{field}已改写</translation>
    </message>
</context>
<context>
    <name>PlaybookEditor</name>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="169" />
        <source>Playbook</source>
        <translation>谈判手册</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="170" />
        <source>Saved as checklist id:</source>
        <translation>保存的检查清单 ID：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="171" />
        <source>A review records this id; keep it apart from the bundled checklist's.</source>
        <translation>审阅结果会记录此 ID；请勿与内置检查清单的 ID 相同。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="173" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="174" />
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="175" />
        <source>Use for This Review</source>
        <translation>用于本次审阅</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="176" />
        <source>Save the playbook, make it the checklist of new reviews and review the open contract again with it (your notes are kept).</source>
        <translation>保存谈判手册，将其设为新审阅使用的检查清单，并用它重新审阅当前合同（保留您的备注）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="179" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="180" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="199" />
        <source>Open checklist</source>
        <translation>打开检查清单</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="200" />
        <location filename="../../reviewer/gui/playbook_editor.py" line="399" />
        <source>Checklists (*.yaml *.yml)</source>
        <translation>检查清单 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="231" />
        <source>{name} uses the built-in checklist's id '{id}'; it will be saved as '{new}' so reviews made with it open with it.</source>
        <translation>{name} 使用了内置检查清单的标识“{id}”；将另存为“{new}”，以便用它做的审阅能用它重新打开。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="240" />
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="254" />
        <source>No checklist open.</source>
        <translation>未打开检查清单。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="256" />
        <source>Editing {file}</source>
        <translation>正在编辑 {file}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="276" />
        <source>Ticked: judged in reviews. Unticked: kept in the file, not judged.</source>
        <translation>勾选：审阅时判定此项。不勾选：保留在文件中但不判定。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="398" />
        <source>Save playbook</source>
        <translation>保存谈判手册</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="422" />
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_editor.py" line="448" />
        <source>Reviewing the contract again with {name}…</source>
        <translation>正在用 {name} 重新审阅合同…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_closing.py" line="73" />
        <source>playbook</source>
        <translation>谈判手册</translation>
    </message>
</context>
<context>
    <name>PlaybookItemForm</name>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="108" />
        <source>Importance (weight):</source>
        <translation>重要性（权重）：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="109" />
        <source>Limits of the band</source>
        <translation>区间界限</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="110" />
        <source>Preferred</source>
        <translation>首选</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="110" />
        <source>Fallback</source>
        <translation>可接受</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="111" />
        <source>Unacceptable</source>
        <translation>不可接受</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="114" />
        <source>Policy limits (a value past one is flagged beside the finding)</source>
        <translation>政策限值（超出限值的数值会在结论旁标出）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="116" />
        <source>A contract value past a policy limit is reported as a deviation; it does not change met / vague / missing.</source>
        <translation>合同数值超出政策限值时记为偏离；不改变符合 / 模糊 / 缺失的判定。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="120" />
        <source>Position texts (the redline inserts these)</source>
        <translation>立场条款（修订稿插入这些文字）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="121" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="121" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="123" />
        <source>{position} ({language}):</source>
        <translation>{position}（{language}）：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="126" />
        <source>Placeholders: {vendor}, {customer} and, with a band, {value} (the band's number for that position). Write {{ for a literal brace.</source>
        <translation>占位符：{vendor}、{customer}，有区间时还可用 {value}（该立场对应的区间数值）。要写字面的花括号请写 {{。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="139" />
        <source>Choose an item on the left.</source>
        <translation>请在左侧选择一个检查项。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="141" />
        <source>(red flag)</source>
        <translation>（风险条款）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="164" />
        <source>Top-severity response</source>
        <translation>最高等级故障响应</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="165" />
        <source>Percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="165" />
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="166" />
        <source>Hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="196" />
        <source>{fact}, at most:</source>
        <translation>{fact}，最多：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="197" />
        <source>{fact}, at least:</source>
        <translation>{fact}，至少：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/playbook_item_form.py" line="199" />
        <source>policy on the fact '{fact}'</source>
        <translation>关于“{fact}”的政策</translation>
    </message>
</context>
<context>
    <name>PortfolioWindow</name>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="136" />
        <source>Portfolio — Contract Reviewer</source>
        <translation>合同组合 — 合同审阅工具</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="137" />
        <source>Folder of contracts:</source>
        <translation>合同文件夹：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="138" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="139" />
        <source>Review All</source>
        <translation>全部审阅</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="140" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="141" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="141" />
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="142" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="142" />
        <source>Met</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="143" />
        <source>Vague</source>
        <translation>模糊</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="143" />
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="144" />
        <source>Response (top severity)</source>
        <translation>响应时间（最高级别）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="145" />
        <source>Availability %</source>
        <translation>可用性 %</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="146" />
        <source>Data regions</source>
        <translation>数据区域</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="147" />
        <source>Deviations</source>
        <translation>偏离</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="147" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="151" />
        <source>Choose a folder and press Review All. Results are kept in the folder '{out}' inside it; a second run skips unchanged files. Double click a row to open that contract.</source>
        <translation>选择文件夹并点击“全部审阅”。结果保存在其中的“{out}”文件夹；再次运行时跳过未变化的文件。双击一行即可打开该合同。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="156" />
        <source>Folder of contracts</source>
        <translation>合同文件夹</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="190" />
        <source>{total} contracts: {reviewed} reviewed now, {skipped} unchanged since the last run, {failed} with errors. Summary: {csv}</source>
        <translation>共 {total} 份合同：本次审阅 {reviewed} 份，{skipped} 份自上次以来未变化，{failed} 份出错。汇总：{csv}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="195" />
        <source>Cancelled; what was done is kept.</source>
        <translation>已取消；已完成的部分会保留。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/portfolio.py" line="203" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>PositionChoice</name>
    <message>
        <location filename="../../reviewer/gui/position_choice.py" line="47" />
        <source>Preferred position</source>
        <translation>首选立场</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/position_choice.py" line="48" />
        <source>Fallback position</source>
        <translation>可接受立场</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/position_choice.py" line="49" />
        <source>Leave out of the redline</source>
        <translation>不列入修订稿</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/position_choice.py" line="84" />
        <location filename="../../reviewer/gui/position_choice.py" line="103" />
        <source>The contract is in the {band} band.</source>
        <translation>合同处于“{band}”区间。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/position_choice.py" line="106" />
        <source>Redline</source>
        <translation>修订稿</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/position_choice.py" line="110" />
        <source>The redline makes no change for this item.</source>
        <translation>修订稿不修改此项。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/position_choice.py" line="114" />
        <source>The redline inserts:</source>
        <translation>修订稿插入：</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/position_choice.py" line="117" />
        <source>or, where the clause hedges, replaces the hedge with “{text}”.</source>
        <translation>或在条款措辞含糊处，将其替换为“{text}”。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/position_choice.py" line="128" />
        <source>Preferred {b} {p}, fallback {b} {f}, unacceptable {w} {u} {unit}.</source>
        <translation>首选 {b} {p}，可接受 {b} {f}，不可接受 {w} {u} {unit}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/position_choice.py" line="132" />
        <source>Found {value} {unit}.</source>
        <translation>合同为 {value} {unit}。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/position_choice.py" line="144" />
        <source>Choose the redline position</source>
        <translation>选择修订稿立场</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="128" />
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="128" />
        <source>Status</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="128" />
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="177" />
        <source>{met} of {n} met</source>
        <translation>{n} 项中 {met} 项符合</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="214" />
        <source>{new} (tool: {old})</source>
        <translation>{new}（工具：{old}）</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="229" />
        <source>The tool is {pct} % sure of its status.</source>
        <translation>工具对此判定的把握为 {pct}%。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="231" />
        <source>Overridden by the reviewer. The tool said: {old}</source>
        <translation>审阅人已改判。工具判定为：{old}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="241" />
        <source>overridden</source>
        <translation>已改判</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="243" />
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="245" />
        <source>asked vendor</source>
        <translation>已询问供应商</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="247" />
        <source>vendor answered</source>
        <translation>供应商已答复</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/results_model.py" line="249" />
        <source>deviation</source>
        <translation>偏离</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="116" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="119" />
        <source>Contract Reviewer</source>
        <translation>合同审阅</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="124" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="125" />
        <source>Something went wrong inside Contract Reviewer. Your notes are safe; the details below are also in the log file.</source>
        <translation>合同审阅工具内部出错。您的备注是安全的；下方详情也已写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="144" />
        <location filename="../../reviewer/gui/review_controller.py" line="149" />
        <source>Cannot open contract</source>
        <translation>无法打开合同</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="145" />
        <source>{path} does not exist. Check the name, or pick the file with File &gt; Open.</source>
        <translation>{path} 不存在。请检查文件名，或通过“文件 &gt; 打开”选择文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="150" />
        <source>{name} is not a PDF or Word (.docx) file. Contract Reviewer reads .pdf and .docx contracts, and .review.json review files.</source>
        <translation>{name} 不是 PDF 或 Word (.docx) 文件。本工具可读取 .pdf 和 .docx 合同，以及 .review.json 审阅文件。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="169" />
        <source>Reviewing {name}…</source>
        <translation>正在审阅 {name}…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="188" />
        <source>Not opened: no password given.</source>
        <translation>未打开：没有输入密码。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="201" />
        <source>Review complete: {name}</source>
        <translation>审阅完成：{name}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="228" />
        <source>A saved review of this contract exists ({file}, {details}). Open it? Choose No to start a fresh review.</source>
        <translation>此合同已有保存的审阅（{file}，{details}）。要打开它吗？选择“否”将重新审阅。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="231" />
        <source>A saved review of an earlier version of this contract exists ({file}, {details}). Open it? Its notes and overrides can be carried over. Choose No to start a fresh review.</source>
        <translation>此合同的早期版本已有保存的审阅（{file}，{details}）。要打开它吗？其中的备注和改判可以带入。选择“否”将重新审阅。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="234" />
        <source>Saved review found</source>
        <translation>找到已保存的审阅</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="246" />
        <source>Cannot open review</source>
        <translation>无法打开审阅文件</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="253" />
        <source>Contract changed</source>
        <translation>合同已更改</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="254" />
        <source>{name} has changed since this review was saved. Review it again? Your notes and overrides are kept, matched by item.</source>
        <translation>保存此审阅后，{name} 已被修改。是否重新审阅？您的备注和改判会按检查项保留。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="263" />
        <source>The contract has changed since this review was saved; evidence may point to the wrong place.</source>
        <translation>保存此审阅后合同已被修改，依据可能指向错误的位置。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="266" />
        <source>The contract {name} was not found next to the review file, so it cannot be shown.</source>
        <translation>在审阅文件所在文件夹中找不到合同 {name}，因此无法显示。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="315" />
        <source>The contract cannot be shown: {error}</source>
        <translation>无法显示合同：{error}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="350" />
        <source>Cannot save review</source>
        <translation>无法保存审阅</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="358" />
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/review_controller.py" line="377" />
        <source>Autosave failed: {error}</source>
        <translation>自动保存失败：{error}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/recovery_verbs.py" line="64" />
        <source>Unsaved work from an earlier session is kept for: {names}. File &gt; Restore Unsaved Work opens it.</source>
        <translation>上次会话中未保存的工作已保留：{names}。可通过“文件 &gt; 恢复未保存的工作”打开。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/recovery_verbs.py" line="89" />
        <source>Restore unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/recovery_verbs.py" line="90" />
        <source>There is no unsaved work from an earlier session.</source>
        <translation>没有上次会话中未保存的工作。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/recovery_verbs.py" line="115" />
        <source>a contract</source>
        <translation>一份合同</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/recovery_verbs.py" line="116" />
        <source>Contract Reviewer was closed without saving your review of {name} (last autosaved {when}; {details}). Restore it?</source>
        <translation>合同审阅工具上次关闭时，您对 {name} 的审阅尚未保存（最后自动保存于 {when}；{details}）。要恢复吗？</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/recovery_verbs.py" line="121" />
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/recovery_verbs.py" line="131" />
        <source>Restored unsaved work on {name}.</source>
        <translation>已恢复 {name} 的未保存工作。</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <location filename="../../reviewer/gui/save_conflict.py" line="28" />
        <source>Cannot save review</source>
        <translation>无法保存审阅</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/save_conflict.py" line="32" />
        <source>The review file was changed</source>
        <translation>审阅文件已被更改</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/save_conflict.py" line="33" />
        <source>{file} was changed by another program (or another window) since it was opened.

Merge your changes into it? Its changes are kept and yours are put on top; where both changed the same item, yours win.

No leaves the file as it is and keeps your changes here, unsaved (Save As keeps them in a new file).</source>
        <translation>{file} 在打开后已被其他程序（或另一个窗口）更改。

要把您的更改合并进去吗？对方的更改会保留，您的更改放在其上；双方改了同一检查项时，以您的为准。

选“否”则不改动该文件，您的更改仍留在此处、尚未保存（“另存为”可将其保存到新文件）。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/save_conflict.py" line="48" />
        <source>Merge with the saved file</source>
        <translation>与已保存的文件合并</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/save_conflict.py" line="50" />
        <source>Both you and the other program changed: {items}. Your version was kept.</source>
        <translation>您和其他程序都更改了：{items}。已保留您的版本。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/save_conflict.py" line="53" />
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
</context>
<context>
    <name>SavedReviews</name>
    <message>
        <location filename="../../reviewer/gui/saved_reviews.py" line="48" />
        <source>saved {when}</source>
        <translation>保存于 {when}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/saved_reviews.py" line="49" />
        <source>never saved</source>
        <translation>从未保存</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/saved_reviews.py" line="51" />
        <source>by {name}</source>
        <translation>由 {name}</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/saved_reviews.py" line="53" />
        <source>{o} overrides, {n} notes</source>
        <translation>{o} 项改判，{n} 条备注</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/saved_reviews.py" line="90" />
        <source>a file that is not a review Contract Reviewer can read</source>
        <translation>一个合同审阅工具无法读取的文件</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/saved_reviews.py" line="95" />
        <source>a different review of {name} ({details})</source>
        <translation>另一份 {name} 的审阅（{details}）</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <location filename="../../reviewer/gui/help_window.py" line="56" />
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/help_window.py" line="61" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/help_window.py" line="61" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../reviewer/gui/status_style.py" line="38" />
        <source>Met</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/status_style.py" line="39" />
        <source>Vague</source>
        <translation>模糊</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/status_style.py" line="40" />
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>ToolWindow</name>
    <message>
        <location filename="../../reviewer/gui/tool_window.py" line="63" />
        <source>Exported {name}</source>
        <translation>已导出 {name}</translation>
    </message>
</context>
<context>
    <name>ToolWindows</name>
    <message>
        <location filename="../../reviewer/gui/tool_windows.py" line="36" />
        <location filename="../../reviewer/gui/tool_windows.py" line="47" />
        <source>Import vendor answers</source>
        <translation>导入供应商答复</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/tool_windows.py" line="37" />
        <source>Returned checklist (*.xlsx)</source>
        <translation>供应商返回的清单 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/tool_windows.py" line="48" />
        <source>Open the review of that contract first, then import the workbook the vendor returned for it.</source>
        <translation>请先打开该合同的审阅，再导入供应商为其返回的工作簿。</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/tool_windows.py" line="53" />
        <source>Imported {n} vendor answers (Undo takes them back).</source>
        <translation>已导入 {n} 条供应商答复（可用“撤销”恢复）。</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="81" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="82" />
        <source>Open a contract (PDF, DOCX) or a saved review</source>
        <translation>打开合同（PDF、DOCX）或已保存的审阅</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="83" />
        <source>&amp;Save Review</source>
        <translation>保存审阅(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="84" />
        <source>Save Review &amp;As…</source>
        <translation>审阅另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="85" />
        <source>Use a Checklist File…</source>
        <translation>使用检查清单文件…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="86" />
        <source>&amp;Import Vendor Answers…</source>
        <translation>导入供应商答复(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="87" />
        <source>Restore Unsaved Work…</source>
        <translation>恢复未保存的工作…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="88" />
        <source>Read the checklist workbook the vendor returned; see every change before applying</source>
        <translation>读取供应商返回的清单工作簿；应用前可查看每一处变化</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="90" />
        <source>Compare &amp;Vendors…</source>
        <translation>比较供应商(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="91" />
        <source>Compare V&amp;ersions…</source>
        <translation>比较版本(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="92" />
        <source>&amp;Portfolio (Folder of Contracts)…</source>
        <translation>合同组合（文件夹）(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="93" />
        <source>Play&amp;book…</source>
        <translation>谈判手册(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="94" />
        <source>Edit positions, limits and items as your own checklist</source>
        <translation>编辑立场、界限和检查项，保存为您自己的检查清单</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="95" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="96" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="97" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="98" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="99" />
        <source>Mark as Met</source>
        <translation>改判为符合</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="100" />
        <source>Mark as Vague</source>
        <translation>改判为模糊</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="101" />
        <source>Mark as Missing</source>
        <translation>改判为缺失</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="102" />
        <source>Back to the Tool's Decision</source>
        <translation>恢复工具的判定</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="103" />
        <source>Edit &amp;Note</source>
        <translation>编辑备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="104" />
        <source>&amp;Asked the Vendor</source>
        <translation>已询问供应商(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="105" />
        <source>Use Selection as &amp;Evidence</source>
        <translation>将所选内容作为依据(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="106" />
        <source>Select text in a DOCX, or drag a box on a PDF page, then use it as evidence for the selected item</source>
        <translation>在 DOCX 中选择文字，或在 PDF 页面上拖出一个框，然后将其作为所选检查项的依据</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="108" />
        <source>Reviewer Name…</source>
        <translation>审阅人姓名…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="109" />
        <source>&amp;Next Item</source>
        <translation>下一项(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="110" />
        <source>&amp;Previous Item</source>
        <translation>上一项(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="111" />
        <source>Next Item Needing &amp;Attention</source>
        <translation>下一个需关注项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="112" />
        <source>Next vague or missing item (F8)</source>
        <translation>下一个模糊或缺失项 (F8)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="113" />
        <source>Previous Item Needing Attention</source>
        <translation>上一个需关注项</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="114" />
        <source>Show Only Vague and Missing</source>
        <translation>只显示模糊和缺失项</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="115" />
        <source>&amp;Find Item…</source>
        <translation>查找检查项(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="116" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="117" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="118" />
        <source>&amp;Fit Width</source>
        <translation>适合宽度(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="121" />
        <source>&amp;About Contract Reviewer</source>
        <translation>关于合同审阅(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="122" />
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="123" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reviewer/gui/window_actions.py" line="124" />
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