<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="32"/>
        <location filename="../../desktop/ui/dialogs/backups.py" line="51"/>
        <location filename="../../desktop/ui/dialogs/history.py" line="26"/>
        <location filename="../../desktop/ui/dialogs/import_batches.py" line="18"/>
        <location filename="../../desktop/ui/tabs/events.py" line="375"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="62"/>
        <location filename="../../desktop/sheets/audit_log.py" line="45"/>
        <location filename="../../desktop/sheets/reply_form.py" line="32"/>
        <location filename="../../desktop/sheets/seating.py" line="73"/>
        <location filename="../../desktop/sheets/symposium_schedule.py" line="86"/>
        <source>日時</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="33"/>
        <location filename="../../desktop/ui/dialogs/history.py" line="27"/>
        <location filename="../../desktop/sheets/audit_log.py" line="46"/>
        <source>操作者</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="34"/>
        <location filename="../../desktop/ui/tabs/events.py" line="98"/>
        <location filename="../../desktop/ui/tabs/events.py" line="146"/>
        <location filename="../../desktop/ui/tabs/events.py" line="378"/>
        <location filename="../../desktop/sheets/audit_log.py" line="47"/>
        <location filename="../../desktop/sheets/symposium_schedule.py" line="90"/>
        <location filename="../../desktop/ops/history.py" line="49"/>
        <location filename="../../desktop/imports/model.py" line="178"/>
        <source>対象</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="36"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="40"/>
        <location filename="../../desktop/ui/dialogs/history.py" line="28"/>
        <location filename="../../desktop/sheets/audit_log.py" line="48"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="41"/>
        <location filename="../../desktop/ui/dialogs/history.py" line="29"/>
        <location filename="../../desktop/ui/dialogs/import_batches.py" line="22"/>
        <location filename="../../desktop/ui/tabs/dashboard.py" line="30"/>
        <location filename="../../desktop/sheets/audit_log.py" line="49"/>
        <location filename="../../desktop/sheets/schedule_conflicts.py" line="62"/>
        <location filename="../../desktop/sheets/upcoming.py" line="42"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="51"/>
        <source>変更履歴（すべて）</source>
        <translation>Change history (all)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="53"/>
        <source>この日から（例: 令和8年4月1日）。空欄: 30 日前から</source>
        <translation>From this day (e.g. 2026-04-01). Blank: 30 days ago</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="54"/>
        <source>30 日前</source>
        <translation>30 days ago</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="55"/>
        <source>この日まで。空欄: 今日</source>
        <translation>Up to this day. Blank: today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="57"/>
        <source>表示(&amp;S)</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="65"/>
        <source>期間</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="72"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="134"/>
        <location filename="../../desktop/ui/tabs/events.py" line="223"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="180"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="150"/>
        <source>変更履歴</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="74"/>
        <location filename="../../desktop/ui/dialogs/history.py" line="84"/>
        <source>この変更を元に戻す(&amp;U)…</source>
        <translation>&amp;Undo this change…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="76"/>
        <location filename="../../desktop/ui/dialogs/history.py" line="86"/>
        <source>選んだ変更の前の値に戻します（新しい変更として記録されます）</source>
        <translation>Puts back the values from before the chosen change (recorded as a new change)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="85"/>
        <location filename="../../desktop/ui/dialogs/backups.py" line="126"/>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="84"/>
        <location filename="../../desktop/ui/dialogs/history.py" line="92"/>
        <location filename="../../desktop/ui/dialogs/import_batches.py" line="53"/>
        <location filename="../../desktop/ui/dialogs/matching.py" line="81"/>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="147"/>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="297"/>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="72"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="90"/>
        <source>※表の上で右クリックすると Excel・CSV に書き出せます。</source>
        <translation>Right-click the table to export it to Excel or CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="110"/>
        <source>{count}件</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="35"/>
        <source>手動</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="36"/>
        <source>定期</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="37"/>
        <source>取り込みの前</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="38"/>
        <source>取り消しの前</source>
        <translation>Before an undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="39"/>
        <source>重複の統合の前</source>
        <translation>Before a merge of duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="40"/>
        <source>復元の前</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="41"/>
        <source>形式の更新の前</source>
        <translation>Before a schema upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="55"/>
        <source>きっかけ</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="56"/>
        <source>大きさ</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="57"/>
        <location filename="../../desktop/ui/dialogs/import_batches.py" line="19"/>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="104"/>
        <source>ファイル</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="71"/>
        <source>バックアップ</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="71"/>
        <source>バックアップと復元</source>
        <translation>Backups and restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="80"/>
        <source>保存先を選ぶ(&amp;F)…</source>
        <translation>Choose &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="82"/>
        <source>データベースの横に戻す</source>
        <translation>Back beside the database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="91"/>
        <source>バックアップ一覧</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="99"/>
        <source> 個</source>
        <translation> backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="103"/>
        <source> 時間ごと</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="104"/>
        <source>しない</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="109"/>
        <source>残す数（きっかけごと）</source>
        <translation>Keep (of each kind)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="110"/>
        <source>定期バックアップ（起動中）</source>
        <translation>Scheduled backup (while open) every</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="112"/>
        <source>今すぐバックアップ(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="114"/>
        <source>選んだバックアップから復元(&amp;R)…</source>
        <translation>&amp;Restore the chosen backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="116"/>
        <source>ファイルから復元…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="141"/>
        <source>保存先: {folder}（新しい順）</source>
        <translation>Kept in: {folder} (newest first)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="155"/>
        <source>バックアップの保存先</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="197"/>
        <source>復元するバックアップ</source>
        <translation>Backup to restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="199"/>
        <source>バックアップ (*.sqlite *.json.gz);;すべてのファイル (*)</source>
        <translation>Backups (*.sqlite *.json.gz);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="207"/>
        <source>復元の確認</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="209"/>
        <source>現在のデータを「{label}」のバックアップの内容に置き換えます。
（現在の状態は復元の前に自動でバックアップします）</source>
        <translation>The current data will be replaced by the backup of {label}.
(The current state is backed up first.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="221"/>
        <location filename="../../desktop/ui/dialogs/backups.py" line="224"/>
        <source>復元</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="221"/>
        <source>「{label}」の状態に戻しました。</source>
        <translation>Restored to {label}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups.py" line="224"/>
        <source>復元しています…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="63"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="266"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="390"/>
        <location filename="../../desktop/ops/history.py" line="41"/>
        <source>選定年度</source>
        <translation>Selected in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="67"/>
        <location filename="../../desktop/ui/tabs/events.py" line="110"/>
        <location filename="../../desktop/sheets/attendance.py" line="97"/>
        <location filename="../../desktop/sheets/participants.py" line="75"/>
        <location filename="../../desktop/sheets/projects.py" line="56"/>
        <location filename="../../desktop/sheets/support_status.py" line="78"/>
        <location filename="../../desktop/ops/history.py" line="42"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="68"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="265"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="384"/>
        <location filename="../../desktop/sheets/projects.py" line="57"/>
        <location filename="../../desktop/sheets/support_status.py" line="79"/>
        <location filename="../../desktop/imports/projects.py" line="53"/>
        <location filename="../../desktop/imports/projects.py" line="335"/>
        <source>提案者</source>
        <translation>Proposers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="69"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="268"/>
        <source>支援状況</source>
        <translation>Support status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="71"/>
        <source>支援終了</source>
        <translation>Support ends</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="75"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="277"/>
        <location filename="../../desktop/sheets/support_status.py" line="82"/>
        <location filename="../../desktop/ops/history.py" line="81"/>
        <source>継続申請</source>
        <translation>Continuation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="77"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="381"/>
        <location filename="../../desktop/sheets/projects.py" line="58"/>
        <location filename="../../desktop/sheets/support_status.py" line="80"/>
        <location filename="../../desktop/ops/history.py" line="40"/>
        <location filename="../../desktop/ops/projects.py" line="206"/>
        <location filename="../../desktop/imports/projects.py" line="52"/>
        <source>提案タイトル</source>
        <translation>Proposal title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="71"/>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="77"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="83"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="485"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="519"/>
        <location filename="../../desktop/sheets/reply_form.py" line="31"/>
        <location filename="../../desktop/sheets/seating.py" line="72"/>
        <location filename="../../desktop/ops/councils.py" line="384"/>
        <location filename="../../desktop/imports/rosters.py" line="68"/>
        <source>会議名</source>
        <translation>Council</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="84"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="301"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="486"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="521"/>
        <source>種別</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="85"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="302"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="524"/>
        <source>上位会議</source>
        <translation>Parent council</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="87"/>
        <source>委員数</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="117"/>
        <location filename="../../desktop/sheets/smart_city.py" line="115"/>
        <location filename="../../desktop/ops/history.py" line="80"/>
        <location filename="../../desktop/imports/projects.py" line="54"/>
        <source>選定事業</source>
        <translation>Selected projects</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="118"/>
        <source>会議・協議会</source>
        <translation>Councils</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="119"/>
        <source>継続申請が必要な事業（今年度末で終了予定）</source>
        <translation>Projects needing a continuation application (support ends this fiscal year)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="125"/>
        <source>検索（提案者・タイトル・会議名）  Ctrl+F</source>
        <translation>Search (proposers, title, council)  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="131"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="399"/>
        <source>事業を追加</source>
        <translation>Add project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="132"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="413"/>
        <source>事業を編集</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="133"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="475"/>
        <source>継続申請を記録</source>
        <translation>Record continuation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="135"/>
        <source>協議会を作成</source>
        <translation>Create council</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="138"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="537"/>
        <source>会議を追加</source>
        <translation>Add council</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="138"/>
        <source>連絡会議・幹事会・検討会などを追加します</source>
        <translation>Adds a liaison conference, a board, a study group …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="141"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="178"/>
        <source>会議を編集</source>
        <translation>Edit council</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="143"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="179"/>
        <source>会議を削除</source>
        <translation>Delete council</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="519"/>
        <source>例: ○○市 スマートシティ検討会</source>
        <translation>e.g. ○○市 スマートシティ検討会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="527"/>
        <source>幹事会は、その上の連絡会議を選びます。</source>
        <translation>For a board, choose the liaison conference it is under.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="550"/>
        <source>会議を編集 — {name}</source>
        <translation>Edit council — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="568"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="363"/>
        <source>会議を保存しました。</source>
        <translation>Council saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="578"/>
        <source>会議「{name}」</source>
        <translation>council “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="580"/>
        <source>会議「{name}」と委員{count}名（過去・今後の任期を含む）</source>
        <translation>council “{name}” and its {count} members (past and future terms included)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="317"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="146"/>
        <source>表示:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sheet_printing.py" line="29"/>
        <source>名簿を印刷する会議を「会議・協議会」の一覧で選んでください。</source>
        <translation>Choose the council to print in the Councils list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sheet_printing.py" line="30"/>
        <source>印刷する行事を「イベント」タブの一覧で選んでください。</source>
        <translation>Choose the event to print in the list on the Events tab.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sheet_printing.py" line="31"/>
        <source>印刷する回を「イベント」タブの開催日程で選んでください。</source>
        <translation>Choose the session to print in the schedule on the Events tab.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sheet_printing.py" line="32"/>
        <source>印刷する分野を「登録」タブで選んでください。</source>
        <translation>Choose the field to print on the Registrations tab.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sheet_printing.py" line="33"/>
        <source>印刷する事業を「登録」タブで選んでください。</source>
        <translation>Choose the programme to print on the Registrations tab.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sheet_printing.py" line="37"/>
        <source>名簿を印刷する会議:</source>
        <translation>Council whose member list to print:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sheet_printing.py" line="38"/>
        <source>印刷する行事:</source>
        <translation>Event to print:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sheet_printing.py" line="39"/>
        <source>印刷する行事と回:</source>
        <translation>Event and session to print:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sheet_printing.py" line="40"/>
        <source>印刷する分野:</source>
        <translation>Field to print:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sheet_printing.py" line="41"/>
        <source>印刷する事業:</source>
        <translation>Programme to print:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sheet_printing.py" line="218"/>
        <location filename="../../desktop/ops/dashboard.py" line="54"/>
        <location filename="../../desktop/ops/history_values.py" line="120"/>
        <location filename="../../desktop/ops/revert.py" line="203"/>
        <location filename="../../desktop/rules/scheduling.py" line="44"/>
        <source>{series} 第{number}回</source>
        <translation>{series}, session {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="56"/>
        <source>例: 内閣府地方創生推進事務局</source>
        <translation>e.g. Regional Revitalization Promotion Office, Cabinet Office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="57"/>
        <source>名簿の下に印刷されます。</source>
        <translation>Printed under the roster.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="141"/>
        <source>会議名・種別・上位会議・事務局を変えます</source>
        <translation>Changes the name, the type, the parent council or the secretariat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="170"/>
        <source>会議・出欠</source>
        <translation>Meetings and replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="251"/>
        <source>&lt;p&gt;事業を選ぶと、詳細と協議会の委員名簿が表示されます。&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose a project to see its details and its council’s members.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="269"/>
        <source>{status}（{term_end_label}末まで）</source>
        <translation>{status} (until the end of {term_end_label})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="274"/>
        <location filename="../../desktop/sheets/projects.py" line="59"/>
        <location filename="../../desktop/sheets/projects.py" line="66"/>
        <source>技術</source>
        <translation>Technology</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="275"/>
        <location filename="../../db/vocab.py" line="68"/>
        <source>現地支援責任者</source>
        <translation>On-site support lead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="294"/>
        <source>&lt;p&gt;会議を選ぶと、委員名簿が表示されます。&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose a council to see its members.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="386"/>
        <source>例: 北海道、岩見沢市、更別村</source>
        <translation>e.g. 北海道、岩見沢市、更別村</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="392"/>
        <source>例: 令和2年度、R2、2020</source>
        <translation>e.g. 令和2年度, R2, 2020</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="422"/>
        <source>事業を選んでください（先に事業の枠組みを登録します）。</source>
        <translation>Choose the programme (register the programme first).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="430"/>
        <source>事業を保存しました。</source>
        <translation>Project saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="453"/>
        <source>提出日</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="453"/>
        <source>例: 令和3年11月1日</source>
        <translation>e.g. 2021-11-01</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="455"/>
        <source>決定日</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="455"/>
        <source>審査中は空欄（例: 令和3年12月17日）</source>
        <translation>Blank while under review (e.g. 2021-12-17)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="458"/>
        <source>審査結果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="472"/>
        <source>継続申請を記録しました。</source>
        <translation>Continuation recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="475"/>
        <source>継続申請の審査結果を記録</source>
        <translation>Record the result of the continuation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="488"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="530"/>
        <location filename="../../desktop/ui/tabs/events.py" line="154"/>
        <location filename="../../desktop/ui/tabs/events.py" line="165"/>
        <location filename="../../desktop/ui/tabs/events.py" line="383"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="119"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="136"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="142"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="106"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="333"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="76"/>
        <location filename="../../desktop/sheets/council_members.py" line="157"/>
        <location filename="../../desktop/sheets/council_members.py" line="185"/>
        <location filename="../../desktop/ops/history.py" line="29"/>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="506"/>
        <source>協議会を作成しました。委員を追加してください。</source>
        <translation>Council created. Now add its members.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="511"/>
        <source>協議会を作成 — {title}</source>
        <translation>Create council — {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/dashboard.py" line="22"/>
        <source>期限超過</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_options.py" line="222"/>
        <location filename="../../desktop/ui/tabs/dashboard.py" line="25"/>
        <location filename="../../desktop/sheets/upcoming.py" line="40"/>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/dashboard.py" line="29"/>
        <location filename="../../desktop/sheets/upcoming.py" line="41"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/dashboard.py" line="31"/>
        <location filename="../../desktop/sheets/projects.py" line="61"/>
        <location filename="../../desktop/sheets/support_status.py" line="83"/>
        <location filename="../../desktop/sheets/upcoming.py" line="43"/>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/dashboard.py" line="60"/>
        <source>この日から見た予定・期限と登録数（例: 令和2年7月1日）。</source>
        <translation>Plans, deadlines and registrations as seen from this day (e.g. 2020-07-01).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/dashboard.py" line="66"/>
        <location filename="../../desktop/sheets/upcoming.py" line="37"/>
        <source>今後の予定と期限</source>
        <translation>Coming plans and deadlines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/dashboard.py" line="68"/>
        <source>この期間の予定や期限はありません。上の日付を変えると、ほかの時点から表示します。</source>
        <translation>Nothing is planned or due in this period. Change the date above to look from another day.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/dashboard.py" line="72"/>
        <source>この日までに受け付けた登録はありません。</source>
        <translation>No registrations received by this date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/dashboard.py" line="75"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="123"/>
        <source>時点:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/dashboard.py" line="83"/>
        <source>今後{DEFAULT_WEEKS}週間の予定と期限（期限超過は赤）</source>
        <translation>Plans and deadlines of the next {DEFAULT_WEEKS} weeks (overdue in red)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/dashboard.py" line="92"/>
        <source>登録数（取下げを除く）</source>
        <translation>Registrations (withdrawn ones left out)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/dashboard.py" line="114"/>
        <source>{as_of}から{until}まで</source>
        <translation>From {as_of} to {until}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/dashboard.py" line="117"/>
        <source>&#x3000;期限超過 {overdue}件</source>
        <translation>  {overdue} overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="92"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="264"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="303"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="377"/>
        <location filename="../../desktop/ui/tabs/dashboard.py" line="34"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="65"/>
        <location filename="../../desktop/ops/history.py" line="56"/>
        <location filename="../../desktop/ops/history.py" line="73"/>
        <location filename="../../desktop/imports/model.py" line="240"/>
        <location filename="../../desktop/imports/registrations.py" line="162"/>
        <source>事業</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/dashboard.py" line="35"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="53"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="66"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="325"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="477"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="38"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="61"/>
        <location filename="../../desktop/sheets/badges.py" line="30"/>
        <location filename="../../desktop/ops/history.py" line="23"/>
        <location filename="../../desktop/ops/history.py" line="33"/>
        <source>区分</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/dashboard.py" line="36"/>
        <source>件数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="32"/>
        <location filename="../../desktop/ops/history.py" line="37"/>
        <location filename="../../desktop/ops/history.py" line="71"/>
        <location filename="../../desktop/imports/local_government_record.py" line="20"/>
        <location filename="../../desktop/imports/model.py" line="241"/>
        <source>団体</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="32"/>
        <location filename="../../desktop/ops/history.py" line="36"/>
        <location filename="../../desktop/ops/history.py" line="72"/>
        <location filename="../../desktop/imports/people.py" line="61"/>
        <source>人</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="34"/>
        <location filename="../../desktop/sheets/duplicates.py" line="53"/>
        <source>1件目</source>
        <translation>First</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="35"/>
        <location filename="../../desktop/sheets/duplicates.py" line="53"/>
        <source>2件目</source>
        <translation>Second</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="36"/>
        <location filename="../../desktop/sheets/duplicates.py" line="53"/>
        <source>理由</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="55"/>
        <source>重複の確認</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="62"/>
        <source>重複の可能性がある組は見つかりませんでした。</source>
        <translation>No possible duplicates were found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="65"/>
        <source>左を残して統合</source>
        <translation>Merge, keeping the left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="66"/>
        <source>右を残して統合</source>
        <translation>Merge, keeping the right</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="68"/>
        <source>重複ではない</source>
        <translation>Not duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="68"/>
        <source>この組み合わせは今後表示しません</source>
        <translation>This pair will not be shown again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="72"/>
        <source>種類:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="98"/>
        <source>統合すると、残さない方の登録・委員・参加などはすべて残す方に移り、変更履歴に記録されます。</source>
        <translation>A merge moves the registrations, memberships, participations and so on of the one not kept to the one kept, and records it in the history.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="127"/>
        <source>重複の可能性がある{what}: {count}組</source>
        <translation>Possible duplicate {what}: {count} pairs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="129"/>
        <source>見つかりません</source>
        <translation>None found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="149"/>
        <source>統合の確認</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="151"/>
        <source>「{name}」（ID {id}）を「{name2}」（ID {id2}）に統合します。「{name}」の登録・委員・参加などは「{name2}」に移り、「{name}」は削除されます。よろしいですか？</source>
        <translation>Merge “{name}” (ID {id}) into “{name2}” (ID {id2})? The registrations, memberships, participations and so on of “{name}” move to “{name2}”, and “{name}” is deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="160"/>
        <source>統合できません</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="163"/>
        <source>統合</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/duplicates.py" line="163"/>
        <source>統合しています…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/series_copy.py" line="43"/>
        <location filename="../../desktop/ui/tabs/events.py" line="52"/>
        <location filename="../../desktop/imports/reasons.py" line="33"/>
        <source>第{number}回</source>
        <translation>Session {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="57"/>
        <location filename="../../desktop/ui/tabs/events.py" line="70"/>
        <location filename="../../desktop/ui/tabs/events.py" line="159"/>
        <location filename="../../desktop/ops/events.py" line="168"/>
        <location filename="../../desktop/ops/series_copy.py" line="115"/>
        <location filename="../../desktop/imports/sessions.py" line="225"/>
        <source>行事名</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="72"/>
        <location filename="../../desktop/ui/tabs/events.py" line="163"/>
        <source>年度</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="77"/>
        <source>回数</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="59"/>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="79"/>
        <location filename="../../desktop/ui/dialogs/series_copy.py" line="43"/>
        <location filename="../../desktop/ui/tabs/events.py" line="82"/>
        <location filename="../../desktop/ui/tabs/events.py" line="124"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="60"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="92"/>
        <location filename="../../desktop/sheets/schedule_conflicts.py" line="59"/>
        <location filename="../../desktop/sheets/symposium_schedule.py" line="84"/>
        <location filename="../../desktop/ops/events.py" line="218"/>
        <location filename="../../desktop/ops/meetings.py" line="188"/>
        <source>回</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/series_copy.py" line="44"/>
        <location filename="../../desktop/ui/tabs/events.py" line="88"/>
        <location filename="../../desktop/ui/tabs/events.py" line="125"/>
        <location filename="../../desktop/ui/tabs/events.py" line="374"/>
        <location filename="../../desktop/sheets/symposium_schedule.py" line="85"/>
        <location filename="../../desktop/ops/history.py" line="43"/>
        <source>テーマ</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/series_copy.py" line="45"/>
        <source>元の開催日</source>
        <translation>Former date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/series_copy.py" line="46"/>
        <source>新しい開催日</source>
        <translation>New date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/series_copy.py" line="74"/>
        <source>次年度へ複製 — {name}</source>
        <translation>Copy to the next year — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/series_copy.py" line="77"/>
        <source>例: 令和5年度、R5、2023</source>
        <translation>e.g. 2023, R5, 令和5年度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/series_copy.py" line="90"/>
        <source>この行事には回がありません。行事だけを複製します。</source>
        <translation>This event has no sessions. Only the event is copied.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/series_copy.py" line="93"/>
        <source>各回の開催日は、1年後の同じ日付に最も近い同じ曜日に移します（保存後も回ごとに直せます）。参加者は写しません。</source>
        <translation>Each session moves to the same weekday nearest the same date a year on (each can be changed after saving). Participants are not copied.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/series_copy.py" line="105"/>
        <source>複製を保存</source>
        <translation>Save the copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/series_copy.py" line="111"/>
        <source>新しい年度 *</source>
        <translation>New fiscal year *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/series_copy.py" line="112"/>
        <source>新しい行事名 *</source>
        <translation>New event name *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="64"/>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="84"/>
        <location filename="../../desktop/ui/tabs/events.py" line="90"/>
        <location filename="../../desktop/ui/tabs/events.py" line="128"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="95"/>
        <location filename="../../desktop/ops/history.py" line="44"/>
        <source>開催日</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/series_copy.py" line="48"/>
        <location filename="../../desktop/ui/tabs/events.py" line="96"/>
        <location filename="../../desktop/ui/tabs/events.py" line="132"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="99"/>
        <source>時間</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="97"/>
        <location filename="../../desktop/ui/tabs/events.py" line="135"/>
        <location filename="../../desktop/ui/tabs/events.py" line="376"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="102"/>
        <location filename="../../desktop/sheets/symposium_schedule.py" line="87"/>
        <location filename="../../desktop/ops/history.py" line="47"/>
        <source>形式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="100"/>
        <location filename="../../desktop/ui/tabs/events.py" line="207"/>
        <location filename="../../desktop/ops/history.py" line="86"/>
        <location filename="../../desktop/imports/participants.py" line="71"/>
        <source>参加者</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="50"/>
        <location filename="../../desktop/ui/tabs/events.py" line="115"/>
        <location filename="../../desktop/ui/tabs/events.py" line="168"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="80"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="139"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="40"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="56"/>
        <location filename="../../desktop/sheets/attendance.py" line="100"/>
        <location filename="../../desktop/sheets/badges.py" line="34"/>
        <location filename="../../desktop/sheets/council_members.py" line="148"/>
        <location filename="../../desktop/sheets/council_members.py" line="185"/>
        <location filename="../../desktop/sheets/name_cards.py" line="42"/>
        <location filename="../../desktop/sheets/participants.py" line="76"/>
        <location filename="../../desktop/sheets/reply_form.py" line="37"/>
        <location filename="../../desktop/ops/common.py" line="93"/>
        <location filename="../../desktop/ops/meetings.py" line="275"/>
        <location filename="../../desktop/ops/participants.py" line="229"/>
        <location filename="../../desktop/ops/participants.py" line="358"/>
        <location filename="../../desktop/imports/participants.py" line="69"/>
        <location filename="../../desktop/imports/people.py" line="59"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="51"/>
        <location filename="../../desktop/ui/tabs/events.py" line="116"/>
        <location filename="../../desktop/ui/tabs/events.py" line="169"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="55"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="90"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="326"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="59"/>
        <location filename="../../desktop/sheets/participants.py" line="77"/>
        <location filename="../../desktop/ops/history.py" line="24"/>
        <source>フリガナ</source>
        <translation>Reading (kana)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="52"/>
        <location filename="../../desktop/ui/tabs/events.py" line="117"/>
        <location filename="../../desktop/ui/tabs/events.py" line="170"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="81"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="140"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="41"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="60"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="255"/>
        <location filename="../../desktop/sheets/address_labels.py" line="27"/>
        <location filename="../../desktop/sheets/attendance.py" line="98"/>
        <location filename="../../desktop/sheets/badges.py" line="31"/>
        <location filename="../../desktop/sheets/council_members.py" line="149"/>
        <location filename="../../desktop/sheets/council_members.py" line="185"/>
        <location filename="../../desktop/sheets/envelopes.py" line="30"/>
        <location filename="../../desktop/sheets/name_cards.py" line="40"/>
        <location filename="../../desktop/sheets/participants.py" line="78"/>
        <location filename="../../desktop/sheets/reply_form.py" line="35"/>
        <location filename="../../desktop/imports/people.py" line="60"/>
        <location filename="../../desktop/imports/rosters.py" line="305"/>
        <source>所属</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="53"/>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="73"/>
        <location filename="../../desktop/ui/tabs/events.py" line="118"/>
        <location filename="../../desktop/ui/tabs/events.py" line="171"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="79"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="141"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="39"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="52"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="250"/>
        <location filename="../../desktop/sheets/address_labels.py" line="28"/>
        <location filename="../../desktop/sheets/attendance.py" line="99"/>
        <location filename="../../desktop/sheets/badges.py" line="32"/>
        <location filename="../../desktop/sheets/council_members.py" line="147"/>
        <location filename="../../desktop/sheets/envelopes.py" line="31"/>
        <location filename="../../desktop/sheets/name_cards.py" line="41"/>
        <location filename="../../desktop/sheets/participants.py" line="79"/>
        <location filename="../../desktop/sheets/reply_form.py" line="36"/>
        <location filename="../../desktop/ops/history.py" line="30"/>
        <source>役職</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="54"/>
        <location filename="../../desktop/ui/tabs/events.py" line="119"/>
        <location filename="../../desktop/ui/tabs/events.py" line="172"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="105"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="332"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="72"/>
        <location filename="../../desktop/sheets/council_members.py" line="154"/>
        <location filename="../../desktop/sheets/participants.py" line="85"/>
        <location filename="../../desktop/ops/history.py" line="28"/>
        <location filename="../../desktop/imports/registration_merge.py" line="50"/>
        <source>メールアドレス</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="93"/>
        <source>登録区分</source>
        <translation>Registered as</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="110"/>
        <source>人を探す</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="113"/>
        <source>氏名またはフリガナの一部（例: やまだ、山田 太郎）</source>
        <translation>Part of a name or reading (e.g. yamada, 山田 太郎)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="116"/>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="172"/>
        <source>氏名かフリガナの一部を入力してください。</source>
        <translation>Type part of a name or reading.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="118"/>
        <source>申し込んだ回はありません。</source>
        <translation>No sessions applied for.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="120"/>
        <source>委員を務める会議はありません。</source>
        <translation>Sits on no council.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="122"/>
        <source>出席した会議はありません。</source>
        <translation>No meetings attended.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="124"/>
        <source>連絡先になっている登録はありません。</source>
        <translation>Not the contact person of any registration.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="125"/>
        <source>行をダブルクリックするか Enter で、そのデータをタブで開きます。</source>
        <translation>Double-click a row or press Enter to open that record in its tab.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="131"/>
        <source>申し込んだ回</source>
        <translation>Sessions applied for</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="132"/>
        <source>委員を務める会議</source>
        <translation>Councils sat on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="133"/>
        <source>出席した会議</source>
        <translation>Meetings attended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="134"/>
        <source>連絡先になっている登録</source>
        <translation>Registrations with this contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="170"/>
        <source>当てはまる人はいません。</source>
        <translation>Nobody matches.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="120"/>
        <location filename="../../desktop/ui/tabs/events.py" line="176"/>
        <location filename="../../desktop/sheets/participants.py" line="80"/>
        <source>参加形式</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_batches.py" line="24"/>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="68"/>
        <location filename="../../desktop/ui/tabs/events.py" line="121"/>
        <location filename="../../desktop/ui/tabs/events.py" line="180"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="68"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="491"/>
        <location filename="../../desktop/ops/history.py" line="38"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="124"/>
        <source>例: 1</source>
        <translation>e.g. 1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="125"/>
        <source>例: 物流・農業</source>
        <translation>e.g. logistics and agriculture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="129"/>
        <source>例: 令和3年10月1日、R3.10.1、2021/10/1</source>
        <translation>e.g. 令和3年10月1日, R3.10.1, 2021/10/1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="130"/>
        <source>和暦・西暦のどちらでも入力できます。</source>
        <translation>Japanese era or Western year, either will do.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="132"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="99"/>
        <source>例: 13:30～15:00</source>
        <translation>e.g. 13:30–15:00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="65"/>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="85"/>
        <location filename="../../desktop/ui/dialogs/series_copy.py" line="39"/>
        <location filename="../../desktop/ui/tabs/events.py" line="57"/>
        <location filename="../../desktop/ui/tabs/events.py" line="137"/>
        <location filename="../../desktop/ui/tabs/events.py" line="178"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="31"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="104"/>
        <location filename="../../desktop/imports/sessions.py" line="250"/>
        <source>未定</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/series_copy.py" line="53"/>
        <location filename="../../desktop/ui/tabs/events.py" line="105"/>
        <source>確認</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/series_copy.py" line="51"/>
        <location filename="../../desktop/ui/tabs/events.py" line="141"/>
        <location filename="../../desktop/ui/tabs/events.py" line="377"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="68"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="106"/>
        <location filename="../../desktop/sheets/reply_form.py" line="33"/>
        <location filename="../../desktop/sheets/symposium_schedule.py" line="88"/>
        <location filename="../../desktop/sheets/symposium_schedule.py" line="101"/>
        <location filename="../../desktop/ops/history.py" line="48"/>
        <location filename="../../db/vocab.py" line="78"/>
        <location filename="../../db/vocab.py" line="97"/>
        <source>会場</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="142"/>
        <source>例: 中央合同庁舎8号館 1階講堂（会場・会場とwebのとき）</source>
        <translation>e.g. 中央合同庁舎8号館 1階講堂 (on site, or on site and web)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="147"/>
        <source>例: 地方公共団体のご担当者様のみ</source>
        <translation>e.g. local government staff only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/series_copy.py" line="52"/>
        <location filename="../../desktop/ui/tabs/events.py" line="151"/>
        <location filename="../../desktop/ui/tabs/events.py" line="380"/>
        <location filename="../../desktop/sheets/symposium_schedule.py" line="89"/>
        <location filename="../../desktop/sheets/symposium_schedule.py" line="101"/>
        <location filename="../../desktop/ops/events.py" line="242"/>
        <location filename="../../desktop/ops/history.py" line="50"/>
        <source>定員</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="152"/>
        <source>例: 100（空欄: 定員なし。超えた申込はキャンセル待ち）</source>
        <translation>e.g. 100 (blank: no limit; beyond it, applicants wait for a place)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="161"/>
        <source>例: 令和4年度 未来技術実装ミニシンポジウム</source>
        <translation>e.g. 令和4年度 未来技術実装ミニシンポジウム</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="163"/>
        <source>例: 令和4年度、R4、2022</source>
        <translation>e.g. 令和4年度, R4, 2022</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="164"/>
        <source>参加対象</source>
        <translation>Who may attend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="165"/>
        <source>例: ※web開催予定</source>
        <translation>e.g. ※web開催予定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/form.py" line="54"/>
        <source>例: 100-8914</source>
        <translation>e.g. 100-8914</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="173"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="75"/>
        <source>空欄なら、郵便物は所属の団体の住所へ送ります。</source>
        <translation>When blank, mail goes to the address of their organization.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="198"/>
        <source>この回の参加者はまだいません。</source>
        <translation>No participants for this session yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="202"/>
        <source>行事一覧</source>
        <translation>Event series</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="203"/>
        <location filename="../../desktop/imports/sessions.py" line="712"/>
        <source>開催日程</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="204"/>
        <location filename="../../desktop/imports/participants.py" line="620"/>
        <source>参加者名簿</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="205"/>
        <source>検索（テーマ・対象）  Ctrl+F</source>
        <translation>Search (theme, audience)  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="210"/>
        <location filename="../../desktop/ui/tabs/events.py" line="441"/>
        <source>行事を追加</source>
        <translation>Add series</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="211"/>
        <source>行事を編集</source>
        <translation>Edit series</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="212"/>
        <source>行事を削除</source>
        <translation>Delete series</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="214"/>
        <source>次年度へ複製…</source>
        <translation>Copy to the next year…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="217"/>
        <source>この行事と各回（日付は翌年度の同じ曜日）を新しい年度に写します。参加者は写しません</source>
        <translation>Copies this event and its sessions (dates on the same weekday a year on) to a new fiscal year; participants are not copied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="220"/>
        <location filename="../../desktop/ui/tabs/events.py" line="502"/>
        <source>回を追加</source>
        <translation>Add session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="221"/>
        <source>回を編集</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="222"/>
        <source>回を削除</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="224"/>
        <source>参加者を追加</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="225"/>
        <source>参加者を編集</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="226"/>
        <source>参加者を削除</source>
        <translation>Delete participant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="228"/>
        <location filename="../../desktop/ui/tabs/events.py" line="647"/>
        <source>状態を変更</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="228"/>
        <source>申込・参加・欠席・取消</source>
        <translation>Applied, attended, absent, cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="232"/>
        <source>出席にする</source>
        <translation>Mark present</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="235"/>
        <source>選んだ参加者を「参加」にします（Space）。Shift・Ctrl+クリックや Ctrl+A で複数選べます</source>
        <translation>Marks the selected participants as attended (Space). Select several with Shift/Ctrl+click or Ctrl+A</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="239"/>
        <source>出席を取り消す</source>
        <translation>Undo present</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="241"/>
        <source>選んだ参加者の「参加」を「申込」に戻します（Shift+Space）</source>
        <translation>Turns the selected participants back from attended to applied (Shift+Space)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="243"/>
        <source>受付簿の順（取消を除く）</source>
        <translation>Reception list order (without cancellations)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="244"/>
        <source>印刷した受付簿と同じ並びと No. で表示します</source>
        <translation>Shows the participants in the order and with the No. of the printed reception list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="366"/>
        <source>&lt;p&gt;回を選ぶと詳細と参加者が表示されます。&lt;/p&gt;{note}</source>
        <translation>&lt;p&gt;Choose a session to see its details and participants.&lt;/p&gt;{note}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="381"/>
        <location filename="../../desktop/sheets/symposium_schedule.py" line="75"/>
        <source>{capacity}名</source>
        <translation>{capacity} people</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="391"/>
        <source>／定員{capacity}名</source>
        <translation> / capacity {capacity}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="393"/>
        <source>、キャンセル待ち{waiting}名</source>
        <translation>, {waiting} waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="395"/>
        <source>参加者 — {number_label}（{participant_count}名{capacity}）</source>
        <translation>Participants — {number_label} ({participant_count}{capacity})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="453"/>
        <source>行事を編集 — {name}</source>
        <translation>Edit series — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="462"/>
        <source>行事を保存しました。</source>
        <translation>Series saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="472"/>
        <source>行事「{name}」</source>
        <translation>event series “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="475"/>
        <source>行事「{name}」と、その{session_count}回分の開催・参加者{application_count}名の記録</source>
        <translation>event series “{name}” with its {session_count} sessions and the records of {application_count} participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="490"/>
        <source>行事を次年度へ複製しました。</source>
        <translation>The event was copied to the next year.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="521"/>
        <source>回を編集 — {number_label}</source>
        <translation>Edit session — {number_label}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="539"/>
        <source>開催回を保存しました。</source>
        <translation>Session saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="549"/>
        <source>{number_label}（参加者{participant_count}名を含む）</source>
        <translation>{number_label} (with its {participant_count} participants)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="571"/>
        <location filename="../../db/vocab.py" line="83"/>
        <source>キャンセル待ち</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="575"/>
        <source>参加者を追加 — {number_label}</source>
        <translation>Add participant — {number_label}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="610"/>
        <source>参加者を編集 — {name}</source>
        <translation>Edit participant — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="623"/>
        <source>参加者「{name}」</source>
        <translation>participant “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/events.py" line="648"/>
        <source>{name}さんの状態:</source>
        <translation>Status of {name}:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="36"/>
        <source>取り込み</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="84"/>
        <source>取り込むファイル</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="98"/>
        <source>取り込むフォルダ（申込書の束）</source>
        <translation>Folder to import (a batch of forms)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="123"/>
        <source>確認中の取り込みを先に終えてください。</source>
        <translation>Finish the import being reviewed first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="70"/>
        <source>ファイルを読んでいます…</source>
        <translation>Reading the files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/long_work.py" line="101"/>
        <source>中止</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="51"/>
        <source>{name} を読んでいます…（{done}/{total}）</source>
        <translation>Reading {name}… ({done}/{total})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="38"/>
        <source>表計算ファイル・CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;Excel ブック (*.xlsx *.xlsm *.xls);;OpenDocument 表計算 (*.ods);;CSV・テキスト (*.csv *.tsv *.txt);;すべてのファイル (*)</source>
        <translation>Spreadsheets and CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;Excel workbooks (*.xlsx *.xlsm *.xls);;OpenDocument spreadsheets (*.ods);;CSV and text (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="92"/>
        <source>地方公共団体コード一覧（総務省）</source>
        <translation>Local-government code list (MIC)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="153"/>
        <source>どのファイルも読み取れませんでした。</source>
        <translation>None of the files could be read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="159"/>
        <source>{name}（取り込み番号 {earlier_batch}）</source>
        <translation>{name} (import {earlier_batch})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="168"/>
        <source>次のファイルはすでに取り込み済みです: {names}
もう一度取り込みますか？</source>
        <translation>These files were imported before: {names}
Import them again?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="205"/>
        <source>取り込みました（取り込み番号 {batch_id}）。取り消しは ファイル ▸ 取り込み履歴 から。</source>
        <translation>Imported (import {batch_id}). To undo it: File ▸ Import history.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="217"/>
        <source>取り込んでいます…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="234"/>
        <location filename="../../desktop/ui/import_flow.py" line="251"/>
        <location filename="../../desktop/ui/import_flow.py" line="253"/>
        <source>取り込みの取り消し</source>
        <translation>Undo an import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="236"/>
        <source>取り込み番号 {id}（{file_name}）を取り消します。この取り込みで作ったデータを削除し、更新したデータを元に戻します。よろしいですか？</source>
        <translation>Undo import {id} ({file_name})? What it added is deleted and what it changed is put back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="247"/>
        <source>取り込み番号 {id} を取り消しました。</source>
        <translation>Import {id} undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="253"/>
        <source>取り消しています…</source>
        <translation>Undoing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="267"/>
        <location filename="../../desktop/ui/import_flow.py" line="274"/>
        <source>様式を保存</source>
        <translation>Save a blank form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="267"/>
        <source>様式の種類:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="275"/>
        <source>利用申込書（{label}）.xlsx</source>
        <translation>Application form ({label}).xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="276"/>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="506"/>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="338"/>
        <location filename="../../desktop/ui/widgets/record_table.py" line="112"/>
        <source>Excel ブック (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="291"/>
        <source>様式を保存しました: {saved}</source>
        <translation>Form saved: {saved}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_batches.py" line="17"/>
        <location filename="../../desktop/ops/projects.py" line="211"/>
        <source>番号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_batches.py" line="26"/>
        <source>取消済み（{undone_at:%m/%d %H:%M}）</source>
        <translation>Undone ({undone_at:%m/%d %H:%M})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_batches.py" line="28"/>
        <source>有効</source>
        <translation>In effect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_batches.py" line="42"/>
        <source>取り込み履歴</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_batches.py" line="46"/>
        <source>まだ何も取り込んでいません。ファイル ▸ Excel を取り込み… で取り込めます。</source>
        <translation>Nothing has been imported yet. Use File ▸ Import Excel… to import a list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_batches.py" line="51"/>
        <source>選んだ取り込みを取り消す</source>
        <translation>Undo the chosen import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="46"/>
        <source>各行の事業・分野から判断</source>
        <translation>From each row’s programme and fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="53"/>
        <source>取り込まない（エラー）</source>
        <translation>Not imported (error)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="55"/>
        <location filename="../../desktop/imports/model.py" line="36"/>
        <source>取り込まない</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="62"/>
        <source>新規</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="64"/>
        <source>未決定（{TARGET}を選んでください）</source>
        <translation>Not decided (choose the {TARGET})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="65"/>
        <source>既存に{action}</source>
        <translation>Existing: {action}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="82"/>
        <source>すべての行</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="83"/>
        <source>エラーの行</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="84"/>
        <source>注意つきの行</source>
        <translation>Rows with warnings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="85"/>
        <source>既存のデータと一致した行</source>
        <translation>Rows matching existing data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="90"/>
        <source>ファイル: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="106"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="113"/>
        <source>判定</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="114"/>
        <source>問題</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="188"/>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="484"/>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="514"/>
        <source>取り込みの確認</source>
        <translation>Review the import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="196"/>
        <source>検索（名称・問題）</source>
        <translation>Search (name, problem)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="210"/>
        <source>既存のデータ:</source>
        <translation>Existing data:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="222"/>
        <source>一覧に事業の列がなく、分野からも事業が決まらないときは、ここで事業を選ぶと読み直します。</source>
        <translation>When the list has no programme column and the fields do not tell the programme, choose it here and the files are read again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="229"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="168"/>
        <source>事業:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="142"/>
        <source>行事:</source>
        <translation>Series:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="59"/>
        <source>{row}行目とまとめて取り込む</source>
        <translation>Imported with row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="60"/>
        <source>{place} とまとめて取り込む</source>
        <translation>Imported with {place}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="143"/>
        <source>行事名を選ぶか入力</source>
        <translation>Choose or type an event series</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="144"/>
        <source>この行事で読み直す</source>
        <translation>Read again in this series</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="146"/>
        <source>一覧に行事名の列がないときは、ここで行事を選ぶか新しい行事名を入力すると、その行事の回として読み直します。</source>
        <translation>When the list has no event-series column, choose a series here or type the name of a new one: the list is read again as sessions of that series.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="152"/>
        <source>会議:</source>
        <translation>Council:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="153"/>
        <source>会議名を選ぶか入力</source>
        <translation>Choose or type a council</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="154"/>
        <source>この会議で読み直す</source>
        <translation>Read again in this council</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="156"/>
        <source>名簿に会議名の列がないときは、ここで会議を選ぶか新しい会議名を入力すると、その会議の委員として読み直します。</source>
        <translation>When the roster has no council column, choose a council here or type the name of a new one: the roster is read again as members of that council.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="162"/>
        <source>所属:</source>
        <translation>Organization:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="163"/>
        <source>所属の団体を選ぶか入力</source>
        <translation>Choose or type an organization</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="164"/>
        <source>この所属で読み直す</source>
        <translation>Read again with this organization</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="166"/>
        <source>所属が書かれていない人がいるときは、ここで団体を選ぶか新しい団体名を入力すると、その団体の人として読み直します。</source>
        <translation>When some people have no organization written, choose one here or type a new name: the files are read again with them in that organization.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="249"/>
        <source>読み取れないファイル（{count}個）を除いて、残りを取り込む</source>
        <translation>Import the rest, leaving out the files that cannot be read ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="255"/>
        <source>読み取れないファイルとその理由は上の欄にあります。チェックすると、それらを除いて取り込みます。</source>
        <translation>The files that cannot be read, and why, are listed above. Tick to import without them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="262"/>
        <source>結果を Excel に保存…</source>
        <translation>Save the result to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="266"/>
        <source>取り込む</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="291"/>
        <source>既存のデータと一致した行をまとめて:</source>
        <translation>All rows matching existing data:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="338"/>
        <source>見出しから判断</source>
        <translation>From the headings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="343"/>
        <source>一覧の種類が違って読み取られたときは、ここで選ぶと、その種類として読み直します。</source>
        <translation>When the list was taken for another kind, choose its kind here to read it again as that kind.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="347"/>
        <source>読み取り方:</source>
        <translation>Read as:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="378"/>
        <source>注意: {name} は取り込み番号 {earlier_batch} で取り込み済みです。</source>
        <translation>Note: {name} was imported before (import {earlier_batch}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="385"/>
        <source>ファイル全体についての注意はありません。</source>
        <translation>No notes about the files as a whole.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="394"/>
        <source>{name}: 事務局デスクの様式（{kind}）として読み取りました（{count}件）</source>
        <translation>{name}: read as a Secretariat Desk form ({kind}, {count} rows)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="396"/>
        <source>{name}: {kind}として読み取りました（{count}件）</source>
        <translation>{name}: read as {kind} ({count} rows)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="412"/>
        <source>{count}ファイル・{count2}件 — 取り込む {accepted}件、エラー {errors}件、注意つき {warnings}件（赤: 取り込まない行、黄: 注意つきで取り込む行）</source>
        <translation>Files: {count}, rows: {count2} — to import: {accepted}, errors: {errors}, warnings: {warnings} (red: not imported; yellow: imported with a warning)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="422"/>
        <source>読み取れないファイルが {count}個あります。それらを除いて取り込むには下のチェックを付けてください。</source>
        <translation>{count} file(s) cannot be read. To import without them, tick the box below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="427"/>
        <source>{accepted}件を取り込む</source>
        <translation>Import {accepted} rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="453"/>
        <source>{name}（ID {id}）に{action}</source>
        <translation>{action} {name} (ID {id})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="462"/>
        <source>新しい{TARGET}として作る</source>
        <translation>Create a new {TARGET}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="465"/>
        <source>この行は取り込まない</source>
        <translation>Do not import this row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="506"/>
        <source>取り込み結果を保存</source>
        <translation>Save the import result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="506"/>
        <source>取り込み結果.xlsx</source>
        <translation>import result.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="55"/>
        <location filename="../../desktop/ui/tabs/base.py" line="246"/>
        <source>事務局デスク</source>
        <translation>Secretariat Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="56"/>
        <source>読み取り専用</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="58"/>
        <source>地方公共団体コード一覧を取り込む…</source>
        <translation>Import the local-government code list…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="60"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="161"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="314"/>
        <location filename="../../desktop/ops/history.py" line="75"/>
        <source>登録</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="61"/>
        <source>協議会</source>
        <translation>Councils</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="62"/>
        <source>イベント</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="63"/>
        <source>ダッシュボード</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="91"/>
        <location filename="../../desktop/ui/main_window.py" line="405"/>
        <source>データベースを開いています…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="149"/>
        <source>予期しないエラーで画面を作れませんでした。詳細は記録できませんでした。</source>
        <translation>An unexpected error stopped the window from being built. The details could not be recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153"/>
        <source>予期しないエラーで画面を作れませんでした。詳細を「{log}」に記録しました。</source>
        <translation>An unexpected error stopped the window from being built. The details are in “{log}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="220"/>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="222"/>
        <source>新規追加(&amp;N)…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227"/>
        <source>新しいデータベース…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="231"/>
        <source>別のデータベースを開く(&amp;O)…</source>
        <translation>&amp;Open another database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238"/>
        <source>サーバーのデータベースに接続(&amp;S)…</source>
        <translation>Connect to a &amp;server database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>Excel を取り込み(&amp;I)…</source>
        <translation>&amp;Import Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="247"/>
        <source>フォルダを取り込み…</source>
        <translation>Import a folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="253"/>
        <source>取り込み履歴・取り消し…</source>
        <translation>Import history and undo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="257"/>
        <source>テンプレートを保存…</source>
        <translation>Save a blank form…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="260"/>
        <source>バックアップを作成(&amp;B)</source>
        <translation>Make a &amp;backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261"/>
        <location filename="../../desktop/ui/main_window.py" line="464"/>
        <source>バックアップ / 復元…</source>
        <translation>Backups / restore…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="263"/>
        <source>書き出し（JSON）…</source>
        <translation>Export (JSON)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="264"/>
        <source>予定表（.ics）に書き出す…</source>
        <translation>Export calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="265"/>
        <source>CSVに書き出す…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="268"/>
        <location filename="../../desktop/ui/dialogs/audit_log.py" line="59"/>
        <source>印刷プレビュー(&amp;P)…</source>
        <translation>&amp;Print preview…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="271"/>
        <source>印刷する集計表(&amp;T)</source>
        <translation>Prin&amp;t a sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="278"/>
        <source>印刷用フォントを選ぶ…</source>
        <translation>Choose the print font…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281"/>
        <source>終了(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283"/>
        <source>編集(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="284"/>
        <location filename="../../desktop/ui/main_window.py" line="488"/>
        <source>元に戻す(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="287"/>
        <location filename="../../desktop/ui/main_window.py" line="489"/>
        <source>やり直す(&amp;Y)</source>
        <translation>Red&amp;o</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="299"/>
        <source>検索(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="301"/>
        <source>人を探す…</source>
        <translation>Find a person…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="304"/>
        <source>最新の情報に更新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="309"/>
        <source>重複の確認(&amp;D)…</source>
        <translation>Review &amp;duplicates…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="313"/>
        <source>変更履歴（すべて）(&amp;H)…</source>
        <translation>Change &amp;history (all)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="318"/>
        <source>表示(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="322"/>
        <source>{name}タブ</source>
        <translation>{name} tab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="330"/>
        <source>マッチング（分野ごと）…</source>
        <translation>Matching (by field)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="334"/>
        <source>集計表の見出しを英語にする</source>
        <translation>English headings on summary sheets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="345"/>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="346"/>
        <source>キーボード操作(&amp;K)…</source>
        <translation>&amp;Keyboard shortcuts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="349"/>
        <location filename="../../desktop/ui/main_window.py" line="860"/>
        <source>事務局デスクについて</source>
        <translation>About Secretariat Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="354"/>
        <source>会議(&amp;M)</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="356"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="174"/>
        <source>次回の会議を設定…</source>
        <translation>Set up the next meeting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="357"/>
        <source>会議を編集…</source>
        <translation>Edit the meeting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="358"/>
        <source>会議を削除…</source>
        <translation>Delete the meeting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="360"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="182"/>
        <source>出欠を記録…</source>
        <translation>Record the reply…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="361"/>
        <source>招待者を追加…</source>
        <translation>Add an invitee…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="362"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="185"/>
        <source>受付済みにする</source>
        <translation>Mark as arrived</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="363"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="190"/>
        <source>受付を取り消す</source>
        <translation>Undo arrival</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="366"/>
        <source>未回答だけ表示（切り替え）</source>
        <translation>Show only those not replied (toggle)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="376"/>
        <source>会議の資料を印刷(&amp;P)</source>
        <translation>&amp;Print the meeting&apos;s papers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="442"/>
        <location filename="../../desktop/ui/main_window.py" line="864"/>
        <source>データベース: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="464"/>
        <source>バックアップ…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="468"/>
        <source>データベース: {name}（{note}）</source>
        <translation>Database: {name} ({note})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="474"/>
        <source>読み取り専用: このデータベースに書き込む権限がありません。編集するには、書き込みのできるユーザーで開いてください。</source>
        <translation>Read-only: you may not write to this database. To edit, open it as a user who may write.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="488"/>
        <source>元に戻す(&amp;U): {what}</source>
        <translation>&amp;Undo: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="489"/>
        <source>やり直す(&amp;Y): {what}</source>
        <translation>Red&amp;o: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="514"/>
        <source>データベースが開かれていません</source>
        <translation>No database is open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="525"/>
        <source>「{name}」にはまだデータベースがありません。新しく作成しますか？</source>
        <translation>There is no database at “{name}” yet. Create a new one?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="538"/>
        <source>（デモデータ入り）</source>
        <translation> (holds the demo data)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="549"/>
        <source>データベースは空です。地方公共団体の一覧は「ファイル ▸ {codes}」で総務省のコード一覧から取り込めます。

操作を試すためのデモデータ（公開資料をもとにした、オープンラボ、未来技術社会実装事業、ミニシンポジウムなどの例）を読み込みますか？事務局の本番のデータベースには読み込まないでください。</source>
        <translation>The database is empty. The list of local governments can be imported from the official code list with File ▸ {codes}.

Load the demo data to try the program out (examples built from public documents: Open Lab, the Future Technology programme, mini-symposiums …)? Do not load it into the office&apos;s real database.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="568"/>
        <source>印刷用フォントを選ぶ（いま: {name}）</source>
        <translation>Choose the print font (now: {name})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="570"/>
        <source>TrueType フォント (*.ttf *.ttc)</source>
        <translation>TrueType fonts (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="576"/>
        <location filename="../../desktop/ui/main_window.py" line="581"/>
        <source>印刷用フォント</source>
        <translation>Print font</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="585"/>
        <source>印刷用フォントを「{name}」にしました。</source>
        <translation>Sheets are now printed with “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="689"/>
        <source>データベースが別の操作でバックアップから復元されました。一覧を読み込み直しました。</source>
        <translation>The database was restored from a backup elsewhere. The lists have been reloaded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="703"/>
        <source>新しいデータベース</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="705"/>
        <source>データベース (*.sqlite *.db)</source>
        <translation>Databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="714"/>
        <source>データベースを開く</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="715"/>
        <source>データベース (*.sqlite *.db);;すべてのファイル (*)</source>
        <translation>Databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="725"/>
        <source>バックアップを作成しました: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="739"/>
        <source>{done} — {problem}</source>
        <translation>{done} — {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="762"/>
        <source>定期バックアップを作成しました: {path}</source>
        <translation>Scheduled backup made: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="766"/>
        <source>定期バックアップを作成できませんでした: {error}</source>
        <translation>The scheduled backup could not be made: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="783"/>
        <source>書き出し</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="795"/>
        <source>書き出しました: {path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="862"/>
        <source>登録・協議会・イベントを管理する事務局のためのアプリです。</source>
        <translation>A program for secretariats managing registrations, councils and events.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="878"/>
        <source>読み取り専用のため取り込めません。</source>
        <translation>Read-only: nothing can be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/matching.py" line="32"/>
        <location filename="../../desktop/sheets/matching.py" line="100"/>
        <source>関心のある地方公共団体</source>
        <translation>Local governments interested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/matching.py" line="32"/>
        <source>関心の内容</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/matching.py" line="33"/>
        <location filename="../../desktop/sheets/matching.py" line="101"/>
        <source>提供できる専門家</source>
        <translation>Experts offering help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/matching.py" line="33"/>
        <source>提供できること</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/matching.py" line="34"/>
        <source>活用できる支援策</source>
        <translation>Support measures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/matching.py" line="34"/>
        <location filename="../../desktop/rules/participation.py" line="32"/>
        <location filename="../../desktop/imports/measures.py" line="74"/>
        <location filename="../../db/vocab.py" line="15"/>
        <source>府省庁</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/matching.py" line="55"/>
        <source>マッチング（分野ごと）</source>
        <translation>Matching (by field)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/matching.py" line="71"/>
        <location filename="../../desktop/ops/history.py" line="22"/>
        <location filename="../../desktop/imports/model.py" line="177"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/matching.py" line="75"/>
        <source>この分野には、まだありません。</source>
        <translation>Nothing in this field yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/matching.py" line="84"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="170"/>
        <source>分野:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/matching.py" line="104"/>
        <source>分野のある事業がありません。</source>
        <translation>No programme has fields.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/matching.py" line="125"/>
        <source>{title}（{count}）</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/matching.py" line="131"/>
        <source>{program}&#x3000;{category}: 関心 {count}団体・提供 {count2}団体・支援策 {count3}件</source>
        <translation>{program}  {category}: {count} interested, {count2} offering, {count3} measures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="91"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="52"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="83"/>
        <location filename="../../desktop/sheets/expert_catalog.py" line="121"/>
        <location filename="../../desktop/ops/registrations.py" line="253"/>
        <location filename="../../desktop/imports/local_government_record.py" line="18"/>
        <location filename="../../desktop/imports/model.py" line="239"/>
        <source>団体名</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="54"/>
        <source>団体コード</source>
        <translation>LG code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/dashboard.py" line="71"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="57"/>
        <location filename="../../desktop/ops/history.py" line="88"/>
        <source>登録数</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="67"/>
        <location filename="../../desktop/sheets/counts.py" line="67"/>
        <location filename="../../desktop/ops/history.py" line="51"/>
        <location filename="../../desktop/ops/history.py" line="74"/>
        <source>分野</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="69"/>
        <source>公表</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="69"/>
        <source>可</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="69"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="95"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="71"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="488"/>
        <location filename="../../desktop/ops/history.py" line="53"/>
        <location filename="../../desktop/imports/registration_merge.py" line="56"/>
        <source>受付日</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="30"/>
        <source>団体を選ぶと、その団体の登録が表示されます。</source>
        <translation>Choose an organization to see its registrations.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="85"/>
        <source>例: 秩父市、株式会社〇〇</source>
        <translation>e.g. 秩父市, 株式会社〇〇</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="87"/>
        <location filename="../../desktop/imports/registration_merge.py" line="152"/>
        <source>団体区分</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="91"/>
        <source>例: ちちぶし（ひらがな・カタカナどちらでも）</source>
        <translation>e.g. ちちぶし (hiragana or katakana)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="95"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="327"/>
        <location filename="../../desktop/ops/history.py" line="25"/>
        <source>地方公共団体コード</source>
        <translation>Local government code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="96"/>
        <source>例: 112071</source>
        <translation>e.g. 112071</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="97"/>
        <source>都道府県・市区町村は6桁（検査数字を含む）で入力してください。</source>
        <translation>Prefectures and municipalities: 6 digits (with the check digit).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/form.py" line="57"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="330"/>
        <location filename="../../desktop/sheets/address_labels.py" line="26"/>
        <location filename="../../desktop/sheets/envelopes.py" line="29"/>
        <location filename="../../desktop/ops/history.py" line="26"/>
        <location filename="../../desktop/imports/registration_merge.py" line="52"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="101"/>
        <source>郵便番号を入力すると、住所が空欄なら日本郵便のデータから入ります。番地や建物名を続けてください。</source>
        <translation>Entering a postal code fills an empty address from Japan Post&apos;s data. Add the block number and building after it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="104"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="331"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="73"/>
        <location filename="../../desktop/sheets/council_members.py" line="155"/>
        <location filename="../../desktop/sheets/participants.py" line="86"/>
        <location filename="../../desktop/ops/history.py" line="27"/>
        <location filename="../../desktop/imports/registration_merge.py" line="49"/>
        <source>電話番号</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="140"/>
        <source>団体一覧</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="141"/>
        <source>検索（団体名・フリガナ・コード・概要）  Ctrl+F</source>
        <translation>Search (name, reading, code, summary)  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="146"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="389"/>
        <source>団体を追加</source>
        <translation>Add organization</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="146"/>
        <source>新しい団体を登録します</source>
        <translation>Register a new organization</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="148"/>
        <location filename="../../desktop/ops/revert.py" line="34"/>
        <source>編集</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="149"/>
        <location filename="../../desktop/ops/history.py" line="17"/>
        <location filename="../../desktop/ops/revert.py" line="34"/>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="152"/>
        <source>マッチング…</source>
        <translation>Matching…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="154"/>
        <source>分野ごとに関心・提供・支援策を並べて見ます（Ctrl+M）</source>
        <translation>Interests, offers and support measures side by side, by field (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="163"/>
        <source>登録を追加</source>
        <translation>Add registration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="164"/>
        <source>登録を編集</source>
        <translation>Edit registration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="165"/>
        <source>登録を削除</source>
        <translation>Delete registration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="253"/>
        <source>すべての団体</source>
        <translation>All organizations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="265"/>
        <source>すべての分野</source>
        <translation>All fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="301"/>
        <source>{shown} / {total} 団体</source>
        <translation>{shown} / {total} organizations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="303"/>
        <source>{total} 団体</source>
        <translation>{total} organizations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="311"/>
        <source>&lt;p&gt;団体を選ぶと、ここに詳細と登録内容が表示されます。&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose an organization to see its details and registrations here.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="328"/>
        <source>上位団体</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="339"/>
        <source>&lt;li&gt;{category}（{role_label}）: {counterpart_label} {counterparts}・支援策 {measures}&lt;/li&gt;</source>
        <translation>&lt;li&gt;{category} ({role_label}): {counterpart_label} {counterparts}, measures {measures}&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="350"/>
        <source>&lt;p style=&apos;margin-bottom:0&apos;&gt;&lt;b&gt;分野ごとのマッチング&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</source>
        <translation>&lt;p style=&apos;margin-bottom:0&apos;&gt;&lt;b&gt;Matching by field&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="354"/>
        <source>登録（{count}件）</source>
        <translation>Registrations ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="357"/>
        <source>この団体の登録はまだありません。「登録を追加」で追加できます。</source>
        <translation>This organization has no registrations yet. Add one with “Add registration”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="407"/>
        <source>団体を編集 — {name}</source>
        <translation>Edit organization — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="418"/>
        <source>団体を保存しました。</source>
        <translation>Organization saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="428"/>
        <source>団体「{name}」とその登録{count}件</source>
        <translation>the organization “{name}” and its {count} registrations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="445"/>
        <source>登録を追加 — {name}</source>
        <translation>Add registration — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="463"/>
        <source>登録を編集 — {name}</source>
        <translation>Edit registration — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="489"/>
        <source>例: 令和2年7月20日、2020/7/20、R2.7.20</source>
        <translation>e.g. 令和2年7月20日, 2020/7/20, R2.7.20</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="492"/>
        <source>公表してよい</source>
        <translation>May be published</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="511"/>
        <source>登録を保存しました。</source>
        <translation>Registration saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/registrations.py" line="523"/>
        <source>{name}の登録（{program}・{role_label}）</source>
        <translation>the registration of {name} ({program}, {role_label})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="395"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="77"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="485"/>
        <location filename="../../desktop/ops/history.py" line="39"/>
        <source>概要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="72"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="78"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="37"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="50"/>
        <location filename="../../desktop/sheets/council_members.py" line="146"/>
        <location filename="../../desktop/ops/history.py" line="31"/>
        <source>役割</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="74"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="44"/>
        <source>任期</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="52"/>
        <source>例: 経済産業省地域経済産業グループ長</source>
        <translation>e.g. 経済産業省地域経済産業グループ長</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="57"/>
        <source>役職だけが決まっている場合は空欄のままにします。</source>
        <translation>Leave blank when only the position is decided.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="59"/>
        <source>例: やまだ たろう</source>
        <translation>e.g. やまだ たろう</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="60"/>
        <source>例: 経済産業省</source>
        <translation>e.g. 経済産業省</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="61"/>
        <source>例: 民間事業者</source>
        <translation>e.g. 民間事業者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="65"/>
        <source>例: 令和4年4月1日（空欄: 定めなし）</source>
        <translation>e.g. 2022-04-01 (blank: not fixed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="70"/>
        <source>例: 令和6年3月31日（空欄: 定めなし）</source>
        <translation>e.g. 2024-03-31 (blank: not fixed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="73"/>
        <source>例: 03-1234-5678</source>
        <translation>e.g. 03-1234-5678</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="76"/>
        <source>例: 必要に応じて</source>
        <translation>e.g. 必要に応じて</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="169"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="89"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="95"/>
        <location filename="../../desktop/imports/rosters.py" line="604"/>
        <source>委員名簿</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="98"/>
        <source>この日の委員を表示・印刷します（例: 令和4年4月1日）。空欄は今日。</source>
        <translation>Show and print the members on this day (e.g. 2022-04-01). Blank: today.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="101"/>
        <source>任期外の委員も表示</source>
        <translation>Also members out of term</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="104"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="196"/>
        <source>委員を追加</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="105"/>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="217"/>
        <source>委員を編集</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="107"/>
        <source>委員を交代…</source>
        <translation>Replace member…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="109"/>
        <source>任期を終える委員と、その席を継ぐ委員（履歴は残ります）</source>
        <translation>The member whose term ends and the one taking the seat (the history is kept)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="111"/>
        <source>委員を削除</source>
        <translation>Delete member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="112"/>
        <source>上へ（同じ役割の中で）</source>
        <translation>Up (within the role)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="113"/>
        <source>下へ（同じ役割の中で）</source>
        <translation>Down (within the role)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="116"/>
        <source>履歴</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="116"/>
        <source>この委員の変更履歴</source>
        <translation>This member’s history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="118"/>
        <source>新しい任期へ…</source>
        <translation>New term…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="118"/>
        <source>今の委員全員を新しい任期の名簿に写します</source>
        <translation>Copy all current members to the roster of a new term</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="150"/>
        <source>委員名簿（協議会が登録されていません）</source>
        <translation>Members (no council registered)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="153"/>
        <source>委員名簿 — {name}</source>
        <translation>Members — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="230"/>
        <source>委員を保存しました。</source>
        <translation>Member saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="243"/>
        <source>交代する日</source>
        <translation>Replaced on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="245"/>
        <source>新しい委員の任期の初日（例: 令和4年4月1日）</source>
        <translation>First day of the new member’s term (e.g. 2022-04-01)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="247"/>
        <location filename="../../desktop/ops/councils.py" line="280"/>
        <source>新しい委員の氏名</source>
        <translation>New member’s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="251"/>
        <source>空欄: 同じ（{post}）</source>
        <translation>Blank: the same ({post})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="256"/>
        <source>空欄: 同じ（{organization}）</source>
        <translation>Blank: the same ({organization})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="267"/>
        <source>{post}の席を交代しました（履歴は残ります）。</source>
        <translation>The seat of {post} has a new member (the history is kept).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="272"/>
        <source>委員を交代 — {post}</source>
        <translation>Replace member — {post}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="281"/>
        <source>新しい任期の初日</source>
        <translation>First day of the new term</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="281"/>
        <source>例: 令和4年4月1日</source>
        <translation>e.g. 2022-04-01</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="284"/>
        <source>任期の終わり</source>
        <translation>End of the term</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="284"/>
        <source>空欄: 定めなし（例: 令和6年3月31日）</source>
        <translation>Blank: open-ended (e.g. 2024-03-31)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="293"/>
        <source>{count}名を新しい任期の名簿に写しました。</source>
        <translation>{count} members copied to the new term’s roster.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="297"/>
        <source>名簿を新しい任期へ</source>
        <translation>Roster for a new term</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="304"/>
        <source>委員「{post}」</source>
        <translation>member “{post}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/as_of_edit.py" line="19"/>
        <source>今日</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/as_of_edit.py" line="31"/>
        <source>時点: {exc}</source>
        <translation>As of: {exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/connect.py" line="29"/>
        <source>サーバーのデータベースに接続</source>
        <translation>Connect to a server database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/connect.py" line="32"/>
        <source>例: 192.168.1.10 または db-server</source>
        <translation>e.g. 192.168.1.10 or db-server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/connect.py" line="38"/>
        <source>空欄: サーバー側の設定（pgpass）を使う</source>
        <translation>Blank: use the PC’s password file (pgpass)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/connect.py" line="40"/>
        <source>次回の起動時もこのサーバーに接続する（パスワードは保存しません）</source>
        <translation>Connect to this server at the next start too (the password is not saved)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/connect.py" line="49"/>
        <source>サーバー(&amp;S)</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/connect.py" line="50"/>
        <source>ポート(&amp;P)</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/connect.py" line="51"/>
        <source>データベース名(&amp;D)</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/connect.py" line="52"/>
        <source>ユーザー名(&amp;U)</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/connect.py" line="53"/>
        <source>パスワード(&amp;W)</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/connect.py" line="61"/>
        <source>接続</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/connect.py" line="62"/>
        <location filename="../../desktop/ui/dialogs/csv_export.py" line="48"/>
        <location filename="../../desktop/ui/dialogs/form.py" line="106"/>
        <location filename="../../desktop/ui/dialogs/import_review.py" line="268"/>
        <location filename="../../desktop/ui/dialogs/series_copy.py" line="106"/>
        <location filename="../../desktop/ui/dialogs/sheet_chooser.py" line="34"/>
        <location filename="../../desktop/ui/widgets/record_table.py" line="247"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/connect.py" line="94"/>
        <source>パスワード</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/connect.py" line="95"/>
        <source>{why}

{user}@{host}:{port}/{database} のパスワード:</source>
        <translation>{why}

Password of {user}@{host}:{port}/{database}:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/form.py" line="105"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/form.py" line="177"/>
        <source>日本郵便のデータにない郵便番号です。</source>
        <translation>Not a postal code in Japan Post&apos;s data.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/form.py" line="234"/>
        <source>このフォームを開いた後に、データベースが別の操作でバックアップから復元されました。この変更は保存していません。内容を確かめてから、もう一度保存してください。</source>
        <translation>The database was restored from a backup elsewhere after this form was opened. This change has not been saved. Check the contents, then save again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/form.py" line="276"/>
        <source>入力した内容を保存せずに閉じますか？</source>
        <translation>Close without saving what you entered?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history.py" line="45"/>
        <location filename="../../desktop/ui/dialogs/history.py" line="59"/>
        <source>この変更を元に戻す</source>
        <translation>Undo this change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history.py" line="47"/>
        <source>{changes}

この変更を元に戻しますか？（元に戻したことも変更履歴に残ります）</source>
        <translation>{changes}

Undo this change? (The undo is recorded in the change history too.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history.py" line="79"/>
        <source>変更履歴 — {title}</source>
        <translation>History — {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/history.py" line="82"/>
        <source>変更履歴（{title}）</source>
        <translation>History ({title})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/record_table.py" line="69"/>
        <source>データはまだありません。</source>
        <translation>No data yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/record_table.py" line="101"/>
        <source>表示中の表を Excel に書き出す…</source>
        <translation>Export the table as shown to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/record_table.py" line="102"/>
        <source>表示中の表を CSV に書き出す…</source>
        <translation>Export the table as shown to CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/record_table.py" line="113"/>
        <source>一覧</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/record_table.py" line="115"/>
        <location filename="../../desktop/ui/widgets/record_table.py" line="131"/>
        <source>表を書き出す</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/record_table.py" line="177"/>
        <source>検索や絞り込みに当てはまる行はありません。</source>
        <translation>No rows match the search or filter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/record_table.py" line="236"/>
        <source>ほかの変更があります</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/record_table.py" line="241"/>
        <source>入力した内容で上書きしますか？ 読み込み直すと、入力した内容は破棄して最新の内容を表示します。</source>
        <translation>Save yours over it? Loading again drops what you typed and shows the latest.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/record_table.py" line="245"/>
        <source>上書きして保存</source>
        <translation>Save over it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/record_table.py" line="246"/>
        <source>読み込み直す</source>
        <translation>Load again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/base.py" line="99"/>
        <source>入力内容を処理できませんでした（{exc}）。</source>
        <translation>What was typed could not be processed ({exc}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/base.py" line="118"/>
        <source>保存していません。内容を直すか、もう一度保存してください。</source>
        <translation>Not saved. Correct it, or save again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/base.py" line="128"/>
        <source>保存できませんでした（{error}）。</source>
        <translation>Could not save ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/base.py" line="201"/>
        <source>{at} に {user} さんが変更しました（{action}）。</source>
        <translation>{user} changed it at {at} ({action}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/base.py" line="207"/>
        <source>別の操作で変更されています。</source>
        <translation>it was changed by another operation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/base.py" line="210"/>
        <source>このデータは読み込んだ後に、{change}</source>
        <translation>After you loaded this record, {change}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/base.py" line="226"/>
        <source>確認してください</source>
        <translation>Please check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/base.py" line="227"/>
        <source>・{w}</source>
        <translation>• {w}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/base.py" line="227"/>
        <source>

このまま保存しますか？</source>
        <translation>

Save anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/base.py" line="236"/>
        <source>削除の確認</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/base.py" line="237"/>
        <source>{what}を削除します。よろしいですか？
（削除は変更履歴に記録されます）</source>
        <translation>Delete {what}?
(The deletion is recorded in the history.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sheet_printing.py" line="72"/>
        <source>この画面で印刷できる集計表はまだありません。</source>
        <translation>There is no sheet to print from this tab yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="77"/>
        <source>プリンターを開けません。</source>
        <translation>Cannot open the printer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="130"/>
        <source>集計表のデータを集めています…</source>
        <translation>Gathering the sheet’s data…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_chooser.py" line="33"/>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="129"/>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="229"/>
        <source>印刷プレビュー</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_options.py" line="37"/>
        <source>時点</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_options.py" line="37"/>
        <source>この日から</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_options.py" line="134"/>
        <source>使いかけの用紙の、最初に空いているラベルの番号（左上から右へ数える）</source>
        <translation>The first unused label of a partly used sheet (counted from the top left, across)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_options.py" line="165"/>
        <source>既定のプリンター</source>
        <translation>Default printer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_options.py" line="170"/>
        <location filename="../../desktop/ui/dialogs/sheet_options.py" line="214"/>
        <source>プリンターのずれ</source>
        <translation>Printer offset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_options.py" line="172"/>
        <source>右へずらす mm（左はマイナス）</source>
        <translation>mm to the right (negative: left)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_options.py" line="173"/>
        <source>下へずらす mm（上はマイナス）</source>
        <translation>mm down (negative: up)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_options.py" line="174"/>
        <source>横</source>
        <translation>Across</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_options.py" line="175"/>
        <source>縦</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_options.py" line="176"/>
        <source>mm（プリンターごとに記憶）</source>
        <translation>mm (remembered per printer)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_options.py" line="178"/>
        <source>位置合わせの用紙を印刷…</source>
        <translation>Print the alignment page…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_options.py" line="180"/>
        <source>ラベルの枠と 100mm の定規を印刷し、ずれを測ります</source>
        <translation>Prints the label outlines and a 100 mm rule to measure the offset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="139"/>
        <source>印刷プレビューを作成しています…</source>
        <translation>Making the print preview…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_options.py" line="76"/>
        <source>英語の見出し</source>
        <translation>English headings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_options.py" line="113"/>
        <source>日付を入れて Enter で作り直します（空欄は今日）</source>
        <translation>Type a date and press Enter to make the sheet again (blank: today)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="257"/>
        <source>印刷プレビュー — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="278"/>
        <source>PDF で保存…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="281"/>
        <source>Excel で保存…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="286"/>
        <source>Word の文書に差し込む…</source>
        <translation>Merge into a Word document…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="289"/>
        <source>事務局の Word の文書（.docx）に宛先ごとに差し込み、1つの .docx に保存します</source>
        <translation>Fills the office&apos;s Word document (.docx) for each addressee and saves one .docx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="292"/>
        <source>見本の差し込み文書を保存…</source>
        <translation>Save the sample merge document…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="296"/>
        <source>印刷…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="305"/>
        <source>{count}ページ（{paper}）</source>
        <translation>{count} page(s) ({paper})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/invitation_merge.py" line="34"/>
        <source>差し込む Word の文書を選ぶ</source>
        <translation>Choose the Word document to merge into</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/invitation_merge.py" line="34"/>
        <location filename="../../desktop/ui/dialogs/invitation_merge.py" line="42"/>
        <location filename="../../desktop/ui/dialogs/invitation_merge.py" line="80"/>
        <source>Word 文書 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/invitation_merge.py" line="40"/>
        <source>差し込んだ開催通知を保存</source>
        <translation>Save the merged meeting notices</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/invitation_merge.py" line="41"/>
        <source>開催通知（差し込み）.docx</source>
        <translation>Meeting notices (merged).docx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/invitation_merge.py" line="59"/>
        <source>差し込みできません</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/invitation_merge.py" line="64"/>
        <source>{count}通の開催通知を差し込んで保存しました: {path}</source>
        <translation>Merged and saved {count} meeting notices: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/invitation_merge.py" line="78"/>
        <location filename="../../desktop/ui/dialogs/invitation_merge.py" line="92"/>
        <source>見本の差し込み文書を保存</source>
        <translation>Save the sample merge document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/invitation_merge.py" line="79"/>
        <source>開催通知の見本.docx</source>
        <translation>Meeting notice sample.docx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/invitation_merge.py" line="88"/>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="328"/>
        <source>保存できません</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/invitation_merge.py" line="93"/>
        <source>保存しました: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/invitation_merge.py" line="96"/>
        <source>Word で開いて事務局の文面に直してください。{{ 宛名 }} のような差し込み欄は、「Word の文書に差し込む…」で宛先ごとに埋まります。</source>
        <translation>Open it in Word and change it to your office&apos;s wording. Merge fields such as {{ 宛名 }} are filled for each addressee by &quot;Merge into a Word document…&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="331"/>
        <source>PDF で保存</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="338"/>
        <source>Excel で保存</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sheet_preview.py" line="359"/>
        <source>印刷できません</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worker.py" line="141"/>
        <source>データベースが開かれていません。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worker.py" line="226"/>
        <source>予期しないエラーが発生しました（{kind}: {error}）。</source>
        <translation>An unexpected error occurred ({kind}: {error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/local_governments.py" line="38"/>
        <location filename="../../db/vocab.py" line="12"/>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/local_governments.py" line="39"/>
        <location filename="../../db/vocab.py" line="13"/>
        <source>市区町村</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/local_governments.py" line="52"/>
        <source>団体コードが空です。6桁の地方公共団体コードを入力してください。</source>
        <translation>The organization code is empty. Enter the 6-digit local government code.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/local_governments.py" line="60"/>
        <source>都道府県名も市区町村名も空です。団体の名前を入力してください。</source>
        <translation>Both the prefecture and the municipality name are empty. Enter the name of the body.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/local_governments.py" line="67"/>
        <source>団体コード「{code}」は{code_kind}のコードですが、この行は{row_kind}「{name}」の行です。コードか名前を確かめてください。</source>
        <translation>The code “{code}” is the code of a {code_kind}, but this row is about the {row_kind} “{name}”. Check the code or the name.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/local_governments.py" line="133"/>
        <source>団体コード「{code}」は {first_row} では「{first_name}」、この行では「{name}」です（前の行の名前で取り込みます）。</source>
        <translation>The code “{code}” is “{first_name}” at {first_row} but “{name}” on this row (the earlier row&apos;s name is imported).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/local_governments.py" line="162"/>
        <source>団体コード「{code}」の団体は「{stored}」の名前で登録されています（一覧では「{name}」）。「空欄だけ補う」では登録済みの名前のままにします。名前が変わったのか確かめてください。</source>
        <translation>The body with the code “{code}” is stored as “{stored}” (the list says “{name}”). “Fill blanks only” keeps the stored name. Check whether the name has changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/local_governments.py" line="247"/>
        <source>地方公共団体コード一覧</source>
        <translation>Local government code list</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="14"/>
        <source>特別区</source>
        <translation>Special ward</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="16"/>
        <source>地方支分部局</source>
        <translation>Regional bureau</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="17"/>
        <source>民間企業</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="18"/>
        <source>大学・研究機関</source>
        <translation>University or institute</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="19"/>
        <source>団体・NPO</source>
        <translation>Association or NPO</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="20"/>
        <source>経済団体</source>
        <translation>Business federation</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="21"/>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="26"/>
        <source>関心</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="27"/>
        <source>提供</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="32"/>
        <source>順</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="64"/>
        <location filename="../../desktop/ops/history.py" line="34"/>
        <source>任期開始</source>
        <translation>Term from</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/roster_panel.py" line="69"/>
        <location filename="../../desktop/ops/history.py" line="35"/>
        <source>任期終了</source>
        <translation>Term to</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/support_terms.py" line="37"/>
        <source>終了</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="17"/>
        <source>作成</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="17"/>
        <source>変更</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="45"/>
        <source>開始時刻</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="46"/>
        <source>終了時刻</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="52"/>
        <source>公表可否</source>
        <translation>May be published</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="54"/>
        <location filename="../../desktop/imports/registration_merge.py" line="53"/>
        <source>担当部署</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="55"/>
        <location filename="../../desktop/imports/registration_merge.py" line="54"/>
        <source>担当者</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="60"/>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="80"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="26"/>
        <source>第{number}回</source>
        <comment>a council&apos;s meeting</comment>
        <translation>Meeting {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="44"/>
        <source>出席{attending}／欠席{absent}／未回答{unanswered}</source>
        <translation>Attending {attending} / absent {absent} / no reply {unanswered}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="53"/>
        <source>{reply}（{deputy}）</source>
        <translation>{reply} ({deputy})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="72"/>
        <source>{count}名</source>
        <translation>{count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="92"/>
        <source>例: 3</source>
        <translation>e.g. 3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="96"/>
        <source>例: 令和8年6月10日、R8.6.10、2026/6/10</source>
        <translation>e.g. 2026-06-10, 2026/6/10, R8.6.10</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="97"/>
        <source>この日の委員が招待者になります。</source>
        <translation>The members serving on this day are invited.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="106"/>
        <source>例: 中央合同庁舎8号館 会議室A</source>
        <translation>e.g. Central Government Building No. 8, Room A</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="107"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="107"/>
        <source>web で開くときの会議の URL</source>
        <translation>The meeting&apos;s URL when it is held on the web</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="110"/>
        <location filename="../../desktop/ops/history.py" line="58"/>
        <source>議事次第</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="112"/>
        <source>1行に1項目ずつ、進める順に書きます。</source>
        <translation>One item a line, in the order of the day.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="116"/>
        <location filename="../../desktop/sheets/reply_form.py" line="34"/>
        <location filename="../../desktop/ops/history.py" line="59"/>
        <source>回答期限</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="117"/>
        <source>空欄: 開催日の7日前</source>
        <translation>Blank: 7 days before the date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="123"/>
        <source>例: 令和8年6月1日</source>
        <translation>e.g. 2026-06-01</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="126"/>
        <source>代理出席者の氏名</source>
        <translation>Deputy&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="127"/>
        <source>代理出席のときは氏名と役職の両方を入力します。</source>
        <translation>For a deputy, enter both the name and the post.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="129"/>
        <source>例: 副市長</source>
        <translation>e.g. Deputy Mayor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="134"/>
        <source>1行に1名ずつ（例: 企画課 主査 田中 一郎）。</source>
        <translation>One person a line (e.g. Planning Division, Chief, Ichiro Tanaka).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="141"/>
        <source>例: オブザーバー</source>
        <translation>e.g. Observer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="155"/>
        <source>会議の開催</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="156"/>
        <source>会議はまだありません（「次回の会議を設定…」）。</source>
        <translation>No meetings yet (“Set up the next meeting…”).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="163"/>
        <source>出欠一覧</source>
        <translation>Replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="164"/>
        <source>会議を選ぶと、招待者と出欠が表示されます。</source>
        <translation>Select a meeting to see its invitees and their replies.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="167"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="260"/>
        <source>招待者と出欠</source>
        <translation>Invitees and replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="169"/>
        <source>未回答だけ</source>
        <translation>Not replied only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="170"/>
        <source>まだ回答のない招待者だけを表示します</source>
        <translation>Shows only the invitees who have not replied yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="176"/>
        <source>次の回を設定し、その日の委員を招待者にします（Ctrl+Shift+M）</source>
        <translation>Sets up the next meeting and invites the members serving on its day (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="182"/>
        <source>選んだ招待者の回答を記録します（Enter）</source>
        <translation>Records the selected invitee&apos;s reply (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="187"/>
        <source>選んだ招待者を受付済みにします（Space）。Shift・Ctrl+クリックで複数選べます</source>
        <translation>Marks the selected invitees as arrived (Space). Shift / Ctrl+click selects several</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="192"/>
        <source>選んだ招待者の受付を取り消します（Shift+Space）</source>
        <translation>Takes back the arrival of the selected invitees (Shift+Space)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="194"/>
        <source>招待者を追加</source>
        <translation>Add invitee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="195"/>
        <source>招待者を外す</source>
        <translation>Remove invitee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="243"/>
        <source>会議 — {name}</source>
        <translation>Meetings — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="264"/>
        <source>（回答期限 {day}）</source>
        <translation> (reply by {day})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="267"/>
        <source>招待者と出欠 — {meeting}{deadline}</source>
        <translation>Invitees and replies — {meeting}{deadline}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="314"/>
        <source>先に会議・協議会を選んでください。</source>
        <translation>Select a council first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="327"/>
        <source>次回の会議を設定 — 第{number}回</source>
        <translation>Set up the next meeting — No. {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="349"/>
        <source>会議を編集 — {meeting}</source>
        <translation>Edit the meeting — {meeting}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="373"/>
        <source>{meeting}の会議（招待者{count}名の出欠を含む）</source>
        <translation>the meeting {meeting} (with the replies of its {count} invitees)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="406"/>
        <source>出欠を記録しました。</source>
        <translation>Reply recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="412"/>
        <source>出欠を記録 — {name}</source>
        <translation>Record the reply — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="424"/>
        <source>招待者を追加しました。</source>
        <translation>Invitee added.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="429"/>
        <source>招待者を追加 — {meeting}</source>
        <translation>Add an invitee — {meeting}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="441"/>
        <source>招待者「{name}」</source>
        <translation>the invitee “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/person_finder.py" line="88"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="69"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="82"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="122"/>
        <location filename="../../desktop/ops/history.py" line="60"/>
        <location filename="../../desktop/ops/history.py" line="91"/>
        <source>出欠</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="84"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="123"/>
        <location filename="../../desktop/ops/history.py" line="61"/>
        <source>回答日</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/attendance.py" line="74"/>
        <source>計 {count}名：</source>
        <translation>Total {count}: </translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/attendance.py" line="76"/>
        <source>（随行者 {count}名）</source>
        <translation> (accompanying: {count})</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/attendance.py" line="101"/>
        <source>回答</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/attendance.py" line="102"/>
        <location filename="../../desktop/ops/history.py" line="62"/>
        <source>代理出席者</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/attendance.py" line="109"/>
        <source>{meeting} 受付簿・出欠一覧</source>
        <translation>{meeting} reception list and replies</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/attendance.py" line="110"/>
        <source>開催 {when}&#x3000;／&#x3000;{order}&#x3000;／&#x3000;{as_of}</source>
        <translation>Held {when} / {order} / {as_of}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="129"/>
        <location filename="../../desktop/ops/history.py" line="63"/>
        <source>代理出席者の役職</source>
        <translation>Deputy&apos;s post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="88"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="132"/>
        <location filename="../../desktop/sheets/attendance.py" line="103"/>
        <location filename="../../desktop/ops/history.py" line="64"/>
        <source>随行者</source>
        <translation>Companions</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="76"/>
        <location filename="../../db/vocab.py" line="28"/>
        <source>支援策</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="77"/>
        <source>予算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="78"/>
        <source>支援策の選定</source>
        <translation>Selected measures</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="79"/>
        <source>提案団体</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="165"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="240"/>
        <location filename="../../desktop/ops/history.py" line="82"/>
        <source>会議</source>
        <translation>Council</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="83"/>
        <location filename="../../desktop/imports/rosters.py" line="69"/>
        <location filename="../../db/vocab.py" line="63"/>
        <source>委員</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/badges.py" line="29"/>
        <location filename="../../desktop/ops/history.py" line="84"/>
        <source>行事</source>
        <translation>Event series</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/badges.py" line="67"/>
        <source>{name} 名札</source>
        <translation>{name} badges</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="85"/>
        <location filename="../../desktop/imports/sessions.py" line="226"/>
        <source>開催回</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="90"/>
        <source>会議の開催回</source>
        <translation>Council meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="130"/>
        <source>取り込み番号 {number}</source>
        <translation>Import no. {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="134"/>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="138"/>
        <location filename="../../desktop/ops/revert.py" line="221"/>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history_values.py" line="68"/>
        <source>（空欄）</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history_values.py" line="70"/>
        <source>はい</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history_values.py" line="70"/>
        <source>いいえ</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history_values.py" line="117"/>
        <source>（削除済み ID {id}）</source>
        <translation>(deleted, ID {id})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="526"/>
        <location filename="../../desktop/ops/history_values.py" line="68"/>
        <source>（なし）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/dashboard.py" line="32"/>
        <location filename="../../desktop/ops/history.py" line="87"/>
        <source>予定</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/dashboard.py" line="33"/>
        <source>開催</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/dashboard.py" line="34"/>
        <source>継続申請の期限</source>
        <translation>Continuation deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/dashboard.py" line="52"/>
        <source>{series} 第{number}回 {theme}</source>
        <translation>{series}, session {number}: {theme}</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/dashboard.py" line="135"/>
        <source>{proposers}「{title}」（{year}末で支援終了）</source>
        <translation>{proposers}: “{title}” (support ends with {year})</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/history.py" line="89"/>
        <source>重複ではない組</source>
        <translation>Pairs that are not duplicates</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="29"/>
        <source>連携</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/participants.py" line="32"/>
        <source>「{series}」に第{number}回はありません（あるのは {numbers}）。</source>
        <translation>“{series}” has no session {number} (it has {numbers}).</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/participants.py" line="35"/>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="71"/>
        <location filename="../../desktop/ui/tabs/meetings_panel.py" line="89"/>
        <location filename="../../desktop/sheets/attendance.py" line="104"/>
        <location filename="../../desktop/sheets/participants.py" line="88"/>
        <location filename="../../desktop/ops/history.py" line="65"/>
        <location filename="../../db/vocab.py" line="32"/>
        <source>受付</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/participants.py" line="97"/>
        <source>{name} 第{number}回{theme} 参加者名簿（受付簿）</source>
        <translation>{name}, session {number} {theme}: participants (reception list)</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/participants.py" line="100"/>
        <source>開催 {when}&#x3000;／&#x3000;{as_of}&#x3000;{count}名</source>
        <translation>Held {when}  /  {as_of}  {count} people</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="33"/>
        <source>公開</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="34"/>
        <source>取下げ</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/support_terms.py" line="33"/>
        <source>支援前</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/support_terms.py" line="34"/>
        <source>支援中</source>
        <translation>Supported</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/support_terms.py" line="35"/>
        <source>延長中</source>
        <translation>Extended</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/support_terms.py" line="36"/>
        <source>今年度末で終了予定</source>
        <translation>Ends this fiscal year</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/support_terms.py" line="38"/>
        <source>継続の記録なし</source>
        <translation>Continuation not on record</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/support_terms.py" line="40"/>
        <location filename="../../db/vocab.py" line="37"/>
        <source>審査中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/support_terms.py" line="41"/>
        <location filename="../../db/vocab.py" line="38"/>
        <source>承認</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/support_terms.py" line="42"/>
        <location filename="../../db/vocab.py" line="39"/>
        <source>不承認</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/support_terms.py" line="43"/>
        <location filename="../../db/vocab.py" line="41"/>
        <source>記録なし</source>
        <translation>Not on record</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="44"/>
        <source>関係省庁連絡会議</source>
        <translation>Inter-ministerial liaison council</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="45"/>
        <source>幹事会</source>
        <translation>Steering committee</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="46"/>
        <source>地域実装協議会</source>
        <translation>Regional implementation council</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="47"/>
        <source>その他の会議</source>
        <translation>Other council</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="55"/>
        <source>議長</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="56"/>
        <source>会長</source>
        <translation>President</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="57"/>
        <source>委員長</source>
        <translation>Committee chair</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="58"/>
        <source>座長</source>
        <translation>Convener</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="59"/>
        <source>副会長</source>
        <translation>Vice-president</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="60"/>
        <source>副委員長</source>
        <translation>Vice-chair of the committee</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="61"/>
        <source>座長代理</source>
        <translation>Deputy convener</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="62"/>
        <source>副議長</source>
        <translation>Vice-chair</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="64"/>
        <source>構成員</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="65"/>
        <source>特別委員</source>
        <translation>Special member</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="66"/>
        <source>臨時委員</source>
        <translation>Temporary member</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="67"/>
        <source>専門委員</source>
        <translation>Expert member</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="69"/>
        <source>顧問</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="70"/>
        <source>参与</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="71"/>
        <source>幹事</source>
        <translation>Board member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/councils.py" line="55"/>
        <location filename="../../desktop/ui/tabs/councils.py" line="304"/>
        <location filename="../../desktop/sheets/seating.py" line="83"/>
        <location filename="../../db/vocab.py" line="72"/>
        <source>事務局</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="73"/>
        <source>オブザーバー</source>
        <translation>Observer</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="79"/>
        <source>会場・web</source>
        <translation>Venue and web</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="82"/>
        <source>申込</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="84"/>
        <source>参加</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="85"/>
        <location filename="../../db/vocab.py" line="92"/>
        <source>欠席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="86"/>
        <source>取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="90"/>
        <source>未回答</source>
        <translation>No reply</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="91"/>
        <source>出席</source>
        <translation>Attending</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="93"/>
        <source>代理出席</source>
        <translation>Deputy attending</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="98"/>
        <source>オンライン</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="104"/>
        <source>時間の重なり</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="105"/>
        <source>会場の重なり</source>
        <translation>Venue clash</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="106"/>
        <source>土日</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="107"/>
        <source>祝日・休日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../db/vocab.py" line="108"/>
        <source>年度外</source>
        <translation>Outside FY</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/audit_log.py" line="40"/>
        <source>変更履歴（{start}〜{until}）</source>
        <translation>Change history ({start} – {until})</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/audit_log.py" line="53"/>
        <source>{count}件（新しい順）</source>
        <translation>{count} changes (newest first)</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/audit_log.py" line="58"/>
        <source>※変更履歴はアプリからは編集できません。</source>
        <translation>* The change history cannot be edited from the program.</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/council_members.py" line="44"/>
        <source>会議「{name}」はありません。登録されている会議: {known}</source>
        <translation>There is no council “{name}”. Councils stored: {known}</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/council_members.py" line="170"/>
        <location filename="../../desktop/sheets/duplicates.py" line="47"/>
        <location filename="../../desktop/sheets/matching.py" line="126"/>
        <location filename="../../desktop/sheets/matching.py" line="157"/>
        <location filename="../../desktop/sheets/symposium_schedule.py" line="92"/>
        <source>該当なし</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/council_members.py" line="174"/>
        <source>（敬称略・順不同）</source>
        <translation> (titles omitted, in no particular order)</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/council_members.py" line="177"/>
        <location filename="../../desktop/sheets/council_members.py" line="220"/>
        <source>{name} 名簿</source>
        <translation>{name}: members</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/council_members.py" line="184"/>
        <location filename="../../desktop/sheets/expert_catalog.py" line="127"/>
        <location filename="../../desktop/sheets/participants.py" line="107"/>
        <source>取扱注意</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/council_members.py" line="193"/>
        <source>事務局：{secretariat}</source>
        <translation>Secretariat: {secretariat}</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/council_members.py" line="225"/>
        <source>{day}には、この会議はまだ設置されていません（{established}設置）。</source>
        <translation>On {day} this council had not yet been set up (set up on {established}).</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/counts.py" line="64"/>
        <source>登録状況</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/counts.py" line="69"/>
        <source>計</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/counts.py" line="82"/>
        <source>※うち{count}件は{mark}（デモ用の架空の登録）です。</source>
        <translation>※Of these, {count} are {mark} (fictitious registrations of the demo).</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/duplicates.py" line="51"/>
        <source>重複の可能性がある団体・人</source>
        <translation>Possible duplicate organizations and people</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/expert_catalog.py" line="38"/>
        <source>事業「{name}」はありません。</source>
        <translation>There is no programme “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/expert_catalog.py" line="49"/>
        <source>専門家（提供）の登録がまだありません。</source>
        <translation>No expert has registered an offer yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/expert_catalog.py" line="98"/>
        <source>分野「{category}」は{program}にありません。</source>
        <translation>{program} has no field “{category}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/expert_catalog.py" line="114"/>
        <source>カタログに載せる専門家がいません（公表可の提供登録がありません）。</source>
        <translation>No expert to put in the catalogue (no offer that may be published).</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/expert_catalog.py" line="118"/>
        <source>{name} 専門家カタログ</source>
        <translation>{name}: expert catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/expert_catalog.py" line="122"/>
        <source>提供できる技術・ノウハウ</source>
        <translation>Technology and know-how offered</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/expert_catalog.py" line="123"/>
        <source>担当・連絡先</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/matching.py" line="46"/>
        <source>分野「{name}」は事業「{program}」にはありません（あるのは {programs}）。</source>
        <translation>The programme “{program}” has no field “{name}” (it is in {programs}).</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/matching.py" line="53"/>
        <source>分野「{name}」はありません。事業の分野名をそのまま指定してください。</source>
        <translation>There is no field “{name}”. Give a field’s name as the programme writes it.</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/matching.py" line="73"/>
        <source>事業「{name}」には分野がありません。</source>
        <translation>The programme &quot;{name}&quot; has no policy fields.</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/matching.py" line="77"/>
        <source>分野のある事業がまだありません。</source>
        <translation>No programme has policy fields yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/matching.py" line="108"/>
        <source>{program}&#x3000;{category} マッチング表</source>
        <translation>{program}  {category}: matching</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/matching.py" line="123"/>
        <source>{program} 分野別マッチング表</source>
        <translation>{program} matching sheet by field</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/matching.py" line="128"/>
        <source>関心・提供・支援策のいずれもない分野：{fields}</source>
        <translation>Fields with no one interested, offering or a measure: {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/matching.py" line="142"/>
        <source>&#x3000;関心 {interested}団体・提供 {offering}団体・支援策 {measures}件</source>
        <translation>  {interested} interested, {offering} offering, {measures} measures</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/matching.py" line="102"/>
        <source>活用できる支援策（府省庁）</source>
        <translation>Support measures (ministry)</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/projects.py" line="53"/>
        <location filename="../../desktop/imports/projects.py" line="458"/>
        <source>選定事業一覧</source>
        <translation>Selected projects</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/projects.py" line="60"/>
        <location filename="../../desktop/sheets/support_status.py" line="81"/>
        <source>支援期間</source>
        <translation>Support term</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/schedule_conflicts.py" line="56"/>
        <source>{name} 開催日程の確認</source>
        <translation>{name}: schedule check</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/schedule_conflicts.py" line="60"/>
        <source>開催日時</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/schedule_conflicts.py" line="61"/>
        <source>確認事項</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/schedule_conflicts.py" line="67"/>
        <source>確認が必要な点はありません</source>
        <translation>Nothing to check</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/smart_city.py" line="89"/>
        <source>スマートシティ関連事業の選定結果（支援策の選定地域）が登録されていません。</source>
        <translation>No selection results of the smart-city measures (regions selected by a measure) are stored.</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/smart_city.py" line="110"/>
        <source>{year}のスマートシティ関連事業の選定結果</source>
        <translation>Smart-city projects selected in {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/smart_city.py" line="111"/>
        <source>&#x3000;{count}地域</source>
        <translation>  {count} regions</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/smart_city.py" line="113"/>
        <source>項番</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/smart_city.py" line="114"/>
        <source>プロジェクト実施地域</source>
        <translation>Project region</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/smart_city.py" line="116"/>
        <source>過年度選定</source>
        <translation>Selected earlier</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/support_status.py" line="75"/>
        <source>選定事業の支援状況</source>
        <translation>Support status of selected projects</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/symposium_schedule.py" line="35"/>
        <source>行事「{name}」はありません。登録されている行事: {known}</source>
        <translation>There is no event series “{name}”. Series stored: {known}</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/symposium_schedule.py" line="95"/>
        <source>{name} 開催日程</source>
        <translation>{name}: sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/upcoming.py" line="38"/>
        <source>{as_of}（{until}まで）</source>
        <translation>{as_of} (until {until})</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/words.py" line="53"/>
        <location filename="../../desktop/sheets/words.py" line="54"/>
        <source>{day}現在</source>
        <translation>as of {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/common.py" line="42"/>
        <source>入力</source>
        <translation>The input</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/common.py" line="43"/>
        <source>{label}に{problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/common.py" line="54"/>
        <source>「{label}」</source>
        <translation>“{label}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/common.py" line="75"/>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/common.py" line="96"/>
        <source>{table}の{field}</source>
        <translation>{field} of {table}</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/common.py" line="115"/>
        <location filename="../../desktop/connection.py" line="42"/>
        <source>{label}を入力してください。</source>
        <translation>Enter the {label}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/common.py" line="162"/>
        <source>このデータは削除されています。一覧を更新してください。</source>
        <translation>This record has been deleted. Refresh the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/common.py" line="166"/>
        <source>このデータは読み込んだ後に別の操作で変更されています。一覧を更新してから編集し直してください。</source>
        <translation>This record was changed elsewhere after it was loaded. Refresh the list, then edit it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/common.py" line="196"/>
        <source>{label}は {minimum} 以上の数字で入力してください。</source>
        <translation>Enter the {label} as a number of {minimum} or more.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/common.py" line="208"/>
        <source>年度を入力してください（例: 令和2年度、2020）。</source>
        <translation>Enter the fiscal year (e.g. 令和2年度, 2020).</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/common.py" line="222"/>
        <source>年度「{value}」を読めません。令和2年度、R2、2020 のように入力してください。</source>
        <translation>The fiscal year “{value}” cannot be read. Enter it as 令和2年度, R2 or 2020.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/councils.py" line="166"/>
        <source>役割を選んでください。</source>
        <translation>Choose the role.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/councils.py" line="170"/>
        <source>役職か氏名のどちらかを入力してください。</source>
        <translation>Enter either the position or the name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/councils.py" line="174"/>
        <source>フリガナ・メールアドレス・電話番号は氏名と一緒に入力してください。</source>
        <translation>Enter the reading, e-mail address and phone number together with the name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/councils.py" line="181"/>
        <source>郵便番号・住所は氏名と一緒に入力してください（役職だけの席には、所属の団体の住所へ送ります）。</source>
        <translation>Enter the postal code and address together with the name (mail for a seat known only by its post goes to the address of its organization).</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/councils.py" line="278"/>
        <source>交代する日（新しい委員の任期の初日）を入力してください。</source>
        <translation>Enter the day of the change (the first day of the new member’s term).</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/councils.py" line="283"/>
        <source>交代する日は今の委員の任期の初日（{day}）より後にしてください。</source>
        <translation>The day of the change must come after the first day of the current member’s term ({day}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/councils.py" line="290"/>
        <source>この委員の任期は{day}に終わっています（すでに交代済みでないか確かめてください）。</source>
        <translation>This member’s term ended on {day} (check whether the member has already been replaced).</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/councils.py" line="327"/>
        <source>新しい任期の初日を入力してください。</source>
        <translation>Enter the first day of the new term.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/councils.py" line="444"/>
        <source>「{name}」の下に{below}があります。先にそちらを削除するか、上位会議を変えてください。</source>
        <translation>{below} is under “{name}”. Delete it first, or give it another parent council.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/councils.py" line="189"/>
        <location filename="../../desktop/ops/councils.py" line="330"/>
        <source>任期の終わりが初日より前になっています。</source>
        <translation>The end of the term is before its first day.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/councils.py" line="334"/>
        <source>{day}以降に始まる任期の委員がすでにいます。委員の一覧で確かめてください。</source>
        <translation>There are already members whose term starts on or after {day}. Check the list of members.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/councils.py" line="342"/>
        <source>{day}の時点の委員がいません。</source>
        <translation>There are no members serving on {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/councils.py" line="386"/>
        <source>種別を選んでください。</source>
        <translation>Choose the kind.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/councils.py" line="395"/>
        <source>幹事会の上位会議（連絡会議など）を選んでください。</source>
        <translation>Choose the council a board is under (a liaison conference or the like).</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/councils.py" line="399"/>
        <source>「{parent}」はこの会議の下にあるため、上位会議にはできません。</source>
        <translation>“{parent}” is under this council, so it cannot be its parent council.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/councils.py" line="420"/>
        <source>「{name}」という会議はすでにあります。</source>
        <translation>A council named “{name}” already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/duplicates.py" line="192"/>
        <source>同じ団体どうしは統合できません。</source>
        <translation>An organization cannot be merged with itself.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/duplicates.py" line="197"/>
        <source>地方公共団体コードが違う（{kept} と {dropped}）ため、統合できません。</source>
        <translation>These cannot be merged: their local government codes differ ({kept} and {dropped}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/duplicates.py" line="266"/>
        <source>同じ人どうしは統合できません。</source>
        <translation>A person cannot be merged with themselves.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/events.py" line="181"/>
        <location filename="../../desktop/ops/series_copy.py" line="117"/>
        <location filename="../../desktop/ops/series_copy.py" line="147"/>
        <source>行事「{name}」はすでにあります。</source>
        <translation>The event series “{name}” already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/events.py" line="223"/>
        <location filename="../../desktop/ops/meetings.py" line="193"/>
        <source>形式を選んでください。</source>
        <translation>Choose the format.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/events.py" line="249"/>
        <source>第{number}回はこの行事にすでにあります。</source>
        <translation>Session {number} already exists in this series.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/participants.py" line="166"/>
        <source>{name}さんは同じ時間の{series} 第{number}回に申し込まれています。どちらか一方だけにしてください。</source>
        <translation>{name} has applied for {series} session {number}, held at the same time. Keep only one of the two.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/participants.py" line="178"/>
        <source>{name}さんはすでに第{number}回に申し込まれています（状態: {status}）。</source>
        <translation>{name} has already applied for session {number} (status: {status}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/participants.py" line="231"/>
        <location filename="../../desktop/ops/participants.py" line="288"/>
        <location filename="../../desktop/ops/participants.py" line="360"/>
        <source>状態を選んでください。</source>
        <translation>Choose the status.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/participants.py" line="234"/>
        <location filename="../../desktop/ops/participants.py" line="363"/>
        <source>参加形式を選んでください。</source>
        <translation>Choose how they take part.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/participants.py" line="261"/>
        <source>{name}さんを第{number}回の参加者に登録しました。</source>
        <translation>Registered {name} for session {number}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/participants.py" line="273"/>
        <source>第{number}回は定員（{capacity}名）に達しているため、{name}さんをキャンセル待ちに登録しました。</source>
        <translation>Session {number} is full ({capacity} places): {name} is on the waiting list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/participants.py" line="313"/>
        <source>第{number}回は定員（{capacity}名）に達しています。ほかの方の取消を先に記録してください。</source>
        <translation>Session {number} is full ({capacity} places). Record someone else’s cancellation first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/participants.py" line="393"/>
        <source>{name}さんの申込を保存しました。</source>
        <translation>Saved the application of {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/participants.py" line="411"/>
        <source>メールアドレス「{email}」は別の方（{name}さん）のものとして登録されています。</source>
        <translation>The e-mail address “{email}” is stored for someone else ({name}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/participants.py" line="475"/>
        <source>別の回の参加者が選ばれています。</source>
        <translation>Participants of another session are selected.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/participants.py" line="478"/>
        <source>{name}さんの申込は読み込んだ後に別の操作で変更されています。何も記録していません。一覧を更新してから、もう一度選んでください。</source>
        <translation>{name}&apos;s application was changed elsewhere after it was loaded. Nothing was recorded. Refresh the list and select again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/participants.py" line="486"/>
        <source>{count}名を出席にしました。</source>
        <translation>{count} marked present.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/participants.py" line="488"/>
        <source>{count}名の出席を取り消しました。</source>
        <translation>Present taken back for {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/participants.py" line="292"/>
        <source>{name}さんを「{status}」にしました。</source>
        <translation>Set {name} to “{status}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/participants.py" line="328"/>
        <source>{told} キャンセル待ちの{names}さんを申込にしました。</source>
        <translation>{told} {names} moved up from the waiting list to “Applied”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/projects.py" line="66"/>
        <source>未申請（期限 {day}〔既定値〕・期限超過）</source>
        <translation>Not applied for (due {day}, a default, overdue)</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/projects.py" line="67"/>
        <source>未申請（期限 {day}〔既定値〕）</source>
        <translation>Not applied for (due {day}, a default)</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/projects.py" line="69"/>
        <source>未申請（期限 {day}・期限超過）</source>
        <translation>Not applied for (due {day}, overdue)</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/projects.py" line="70"/>
        <source>未申請（期限 {day}）</source>
        <translation>Not applied for (due {day})</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/projects.py" line="86"/>
        <source>継続申請{submitted}{decided} {result}</source>
        <translation>Continuation{submitted}{decided}: {result}</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/projects.py" line="87"/>
        <source> {day}提出</source>
        <translation> submitted {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/projects.py" line="90"/>
        <source> {day}決定</source>
        <translation> decided {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/projects.py" line="209"/>
        <source>提案者（地方公共団体）を入力してください。</source>
        <translation>Enter the proposers (local governments).</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/projects.py" line="256"/>
        <source>審査結果を選んでください。</source>
        <translation>Choose the result of the review.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/projects.py" line="261"/>
        <source>承認・不承認には決定日を入力してください。</source>
        <translation>An approval or rejection needs the date of the decision.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/projects.py" line="265"/>
        <source>決定日を入れたときは、審査結果（承認・不承認）も選んでください。</source>
        <translation>With a date of decision, also choose the result (approved or rejected).</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/projects.py" line="268"/>
        <source>決定日が提出日より前になっています。</source>
        <translation>The date of decision is before the date of submission.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/projects.py" line="276"/>
        <source>この事業には継続申請がすでにあります（延長は一度、最長5年度まで）。結果を記録するときは、その申請を選んで編集してください。</source>
        <translation>This project already has a continuation application (it may be extended once, to 5 fiscal years at most). To record its result, choose that application and edit it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/registrations.py" line="236"/>
        <source>都道府県・市区町村には地方公共団体コード（6桁）を入力してください。</source>
        <translation>Prefectures and municipalities need their local government code (6 digits).</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/registrations.py" line="242"/>
        <source>地方公共団体コードは都道府県・市区町村・特別区にだけ入力できます。</source>
        <translation>Only prefectures, municipalities and special wards have a local government code.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/registrations.py" line="255"/>
        <source>団体区分を選んでください。</source>
        <translation>Choose the kind of organization.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/registrations.py" line="264"/>
        <source>地方公共団体コード「{code}」は「{name}」に使われています。</source>
        <translation>The local government code “{code}” is used by “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/registrations.py" line="283"/>
        <source>同じ内容の団体がすでにあります。</source>
        <translation>The same organization already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/registrations.py" line="295"/>
        <source>選定事業「{title}」の提案者</source>
        <translation>a proposer of the selected project “{title}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/registrations.py" line="302"/>
        <source>「{name}」の委員の所属</source>
        <translation>the organization of a member of “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/registrations.py" line="306"/>
        <source>支援策「{name}」の府省庁</source>
        <translation>the ministry of the measure “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/registrations.py" line="313"/>
        <source>選定地域「{area}」</source>
        <translation>the selected area “{area}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/registrations.py" line="320"/>
        <source>{count}団体（{name} など）の上位団体</source>
        <translation>the parent of {count} organizations ({name} and others)</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/registrations.py" line="329"/>
        <source>担当者・参加者{count}名の所属</source>
        <translation>the organization of {count} contacts and participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/registrations.py" line="340"/>
        <source>{uses} ほか{more}件</source>
        <translation>{uses} and {more} more</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/registrations.py" line="343"/>
        <source>「{name}」は{uses}になっているため削除できません。先にそちらを変更してください。</source>
        <translation>“{name}” cannot be deleted: it is {uses}. Change those first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/registrations.py" line="369"/>
        <source>区分（関心・提供・支援策・連携）を選んでください。</source>
        <translation>Choose the kind (interest, offer, measure, partner).</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/registrations.py" line="372"/>
        <source>状態（受付・公開・取下げ）を選んでください。</source>
        <translation>Choose the status (received, published, withdrawn).</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/registrations.py" line="383"/>
        <source>{label}を一つ以上選んでください。</source>
        <translation>Choose at least one {label}.</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/participation.py" line="31"/>
        <source>地方公共団体</source>
        <translation>local governments</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/participation.py" line="68"/>
        <source>「{name}」は{kind}として登録されています</source>
        <translation>“{name}” is registered as {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/participation.py" line="73"/>
        <source>所属が入力されていません</source>
        <translation>no organization is entered</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/participation.py" line="77"/>
        <source>第{number}回は{target}（{group}の方が対象）です。{who}。{group}の方でしたら、所属を{group}の正式名称で入力してください。</source>
        <translation>Session {number} is {target} (for {group}); {who}. If they are from {group}, enter the organization’s official name as one of {group}.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="105"/>
        <source>バックアップの保存先「{folder}」がありません（ドライブが外れていませんか）</source>
        <translation>The backup folder &quot;{folder}&quot; is not there (is the drive unplugged?)</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="115"/>
        <source>バックアップの保存先「{folder}」に書き込めません（読み取り専用）</source>
        <translation>The backup folder &quot;{folder}&quot; cannot be written to (read-only)</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="132"/>
        <source>{problem}。代わりにデータベースの横の「{usual}」に保存します。</source>
        <translation>{problem}. Backups go beside the database instead, to &quot;{usual}&quot;.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="302"/>
        <source>バックアップのフォルダ「{folder}」を使えません（{reason}）。フォルダの場所と書き込みの権限を確かめてください。</source>
        <translation>The backup folder “{folder}” cannot be used ({reason}). Check where the folder is and that it may be written to.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="347"/>
        <source>「{source}」は空のファイルで、バックアップするデータがありません。データベースファイルのパスを確かめてください。</source>
        <translation>“{source}” is an empty file: there is no data to back up. Check the path of the database file.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="357"/>
        <source>「{target}」はすでにあります。別のファイル名を指定してください。</source>
        <translation>“{target}” already exists. Give another file name.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="362"/>
        <location filename="../../db/output_files.py" line="131"/>
        <source>フォルダ「{folder}」がありません。既存のフォルダを指定してください。</source>
        <translation>The folder “{folder}” does not exist. Give a folder that exists.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="368"/>
        <source>サーバーのデータベースのバックアップは JSON です。「{name}」の代わりに名前が {suffix} で終わるファイルを指定してください。</source>
        <translation>A server database is backed up as JSON. Instead of “{name}”, give a file whose name ends in {suffix}.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="376"/>
        <source>JSON のバックアップには開けるデータベースが必要です。</source>
        <translation>A JSON backup needs a database that can be opened.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="385"/>
        <location filename="../../db/json_backup.py" line="127"/>
        <source>バックアップ「{target}」を作成できません（{reason}）。</source>
        <translation>The backup “{target}” cannot be made ({reason}).</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="455"/>
        <source>バックアップ「{source}」を読めません（{reason}）。</source>
        <translation>The backup “{source}” cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="462"/>
        <source>「{source}」は事務局デスクのバックアップとして使えません（壊れているか別のファイルです）。</source>
        <translation>“{source}” cannot be used as a Secretariat Desk backup (it is damaged, or another kind of file).</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="470"/>
        <location filename="../../db/json_backup.py" line="371"/>
        <source>「{source}」は新しい版の事務局デスクのバックアップです（形式 {revision}）。事務局デスクを更新してから復元してください。</source>
        <translation>“{source}” is a backup from a newer Secretariat Desk (format {revision}). Update Secretariat Desk, then restore it.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="609"/>
        <location filename="../../db/json_backup.py" line="363"/>
        <source>バックアップファイル「{source}」がありません。パスを確かめてください。</source>
        <translation>The backup file “{source}” does not exist. Check the path.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="621"/>
        <source>「{source}」はバックアップファイルではありません。secdesk backup で作ったファイルを指定してください。</source>
        <translation>“{source}” is not a backup file. Give a file made by secdesk backup.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="645"/>
        <source>復元の前のバックアップ「{safety}」を作成できないため、復元しません（{reason}）。</source>
        <translation>Not restored: the backup before the restore, “{safety}”, cannot be made ({reason}).</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="660"/>
        <source>データベース「{target}」に書き込めません（読み取り専用です）。復元していません。書き込めるデータベースを指定するか、管理者に確認してください。</source>
        <translation>The database “{target}” cannot be written to (it is read-only). Nothing was restored. Give a database that can be written to, or ask your administrator.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="678"/>
        <source>データベース「{database}」に接続できません（{detail}）。</source>
        <translation>Cannot connect to the database “{database}” ({detail}).</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="686"/>
        <source>データベース「{database}」に書き込めません（読み取り専用です）。復元していません。書き込める接続で開くか、管理者に確認してください。</source>
        <translation>The database “{database}” cannot be written to (it is read-only). Nothing was restored. Open it with a connection that may write, or ask your administrator.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="695"/>
        <source>「{database}」には事務局デスクのものではない表があります（{tables} …）。空のデータベースに復元してください。</source>
        <translation>“{database}” has tables that are not Secretariat Desk’s ({tables} …). Restore into an empty database.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="716"/>
        <source>開いているデータベースそのものは復元元にできません。</source>
        <translation>The open database itself cannot be restored from.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="724"/>
        <source>「{name}」はファイルのデータベースのバックアップです。サーバーのデータベースには{suffix} のバックアップを復元してください（ファイルのデータベースで secdesk backup -o 名前.json.gz として作れます）。</source>
        <translation>“{name}” is a backup of a file database. Restore a {suffix} backup into a server database (a file database makes one with secdesk backup -o NAME.json.gz).</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="739"/>
        <source>フォルダ「{folder}」がありません。</source>
        <translation>The folder “{folder}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="755"/>
        <location filename="../../db/json_backup.py" line="450"/>
        <source>復元できませんでした（{detail}）。元のデータベースはそのままです。</source>
        <translation>The restore failed ({detail}). The database is as it was.</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="161"/>
        <source>同じ内容のデータがすでにあるか、関連するデータが削除されています。一覧を更新（F5）してからやり直してください。</source>
        <translation>The same data already exists, or related data has been deleted. Refresh the list (F5) and try again.</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="168"/>
        <source>このデータは読み込んだ後に別の操作で変更されています。一覧を更新（F5）してからやり直してください。</source>
        <translation>This record was changed elsewhere after it was loaded. Refresh the list (F5) and try again.</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="195"/>
        <source>データベースは別の操作でバックアップから復元されました。この変更は保存していません。一覧を更新（F5）して、内容を確かめてからやり直してください。</source>
        <translation>The database was restored from a backup elsewhere. This change has not been saved. Refresh the list (F5), check the contents and try again.</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="209"/>
        <source>データベース「{database}」に書き込めません（読み取り専用です）。書き込めるデータベースを開くか、管理者に確認してください。</source>
        <translation>The database “{database}” cannot be written to (it is read-only). Open a database that can be written to, or ask your administrator.</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="217"/>
        <source>{problem}何も変更していません。</source>
        <translation>{problem} Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="219"/>
        <source>データベースの操作に失敗しました（{detail}）。</source>
        <translation>The database operation failed ({detail}).</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="298"/>
        <source>データベース「{url}」には接続できません（{kind}: {detail}）。URL を確かめてください。</source>
        <translation>Cannot connect to the database “{url}” ({kind}: {detail}). Check the URL.</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="316"/>
        <source>ディスクに書き込めませんでした（空き容量が足りないか、ディスクに問題があります）。空きを作ってからやり直してください。</source>
        <translation>The disk could not be written to (it is full, or has a problem). Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="35"/>
        <source>データベースの指定「{db}」は URL として読めません。ファイルのパスか postgresql+psycopg://… の形で指定してください。</source>
        <translation>The database “{db}” cannot be read as a URL. Give a file path or postgresql+psycopg://….</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="44"/>
        <source>データベースの指定「{db}」にはファイルがありません（保存した内容は終了時に消えます）。データベースファイルのパスを指定してください。</source>
        <translation>The database “{db}” has no file (what is saved would be lost on closing). Give the path of a database file.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="58"/>
        <source>「{path}」はフォルダです。データベースファイルのパスを指定してください。</source>
        <translation>“{path}” is a folder. Give the path of a database file.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="67"/>
        <source>「{path}」は空のファイルで、事務局デスクのデータベースではありません。secdesk --db … init で作成するか、正しいファイルを指定してください。</source>
        <translation>“{path}” is an empty file, not a Secretariat Desk database. Create one with secdesk --db … init, or give the right file.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="76"/>
        <source>データベース「{path}」がありません。パスを確かめるか、secdesk --db … init で作成してください。</source>
        <translation>The database “{path}” does not exist. Check the path, or create it with secdesk --db … init.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="87"/>
        <source>フォルダ「{folder}」がありません。既存のフォルダにあるファイルを指定してください。</source>
        <translation>The folder “{folder}” does not exist. Give a file in a folder that exists.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="112"/>
        <source>データベース「{database}」が壊れています（{result}）。バックアップから復元してください（secdesk restore FILE）。</source>
        <translation>The database “{database}” is damaged ({result}). Restore it from a backup (secdesk restore FILE).</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="131"/>
        <source>データベース「{database}」を開けません。{problem}</source>
        <translation>The database “{database}” cannot be opened. {problem}</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="138"/>
        <source>「{database}」はデータベースファイルではありません（壊れているか、別の種類のファイルです）。正しいファイルを指定するか、バックアップから復元してください。</source>
        <translation>“{database}” is not a database file (it is damaged, or another kind of file). Give the right file, or restore from a backup.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="147"/>
        <source>データベース「{database}」に接続するにはパスワードが必要です（{detail}）。正しいパスワードを入力してください。</source>
        <translation>The database “{database}” needs a password ({detail}). Enter the right password.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="155"/>
        <source>データベース「{database}」を開けません（{detail}）。パスや接続先を確かめるか、バックアップから復元してください。</source>
        <translation>The database “{database}” cannot be opened ({detail}). Check the path or the server, or restore from a backup.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="175"/>
        <source>「{database}」には事務局デスクのものではない表があります（{tables} …）。別のファイルを指定してください。</source>
        <translation>“{database}” has tables that are not Secretariat Desk’s ({tables} …). Give another file.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="184"/>
        <source>「{database}」は空で、事務局デスクのデータベースがまだありません。secdesk --db … init で作成してください。</source>
        <translation>“{database}” is empty: there is no Secretariat Desk database in it yet. Create one with secdesk --db … init.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="11"/>
        <source>データベースが別の操作で使用中です。しばらく待ってからやり直してください。</source>
        <translation>The database is busy with another operation. Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../../db/json_backup.py" line="96"/>
        <source>「{database}」は事務局デスクのデータベースではありません。</source>
        <translation>“{database}” is not a Secretariat Desk database.</translation>
    </message>
    <message>
        <location filename="../../db/json_backup.py" line="155"/>
        <source>「{source}」は事務局デスクのバックアップとして使えません（{why}）。secdesk backup で作ったファイルを指定してください。</source>
        <translation>“{source}” cannot be used as a Secretariat Desk backup ({why}). Give a file made by secdesk backup.</translation>
    </message>
    <message>
        <location filename="../../db/json_backup.py" line="168"/>
        <source>途中で切れているか壊れています</source>
        <translation>it is cut short or damaged</translation>
    </message>
    <message>
        <location filename="../../db/json_backup.py" line="173"/>
        <source>形式が違います</source>
        <translation>its format is different</translation>
    </message>
    <message>
        <location filename="../../db/json_backup.py" line="177"/>
        <source>バックアップ形式 {version} には対応していません</source>
        <translation>backup format {version} is not supported</translation>
    </message>
    <message>
        <location filename="../../db/json_backup.py" line="189"/>
        <source>途中で切れています</source>
        <translation>it is cut short</translation>
    </message>
    <message>
        <location filename="../../db/json_backup.py" line="213"/>
        <source>バックアップの表 {table} に知らない列があります: {unknown}</source>
        <translation>The backup’s table {table} has unknown columns: {unknown}</translation>
    </message>
    <message>
        <location filename="../../db/json_backup.py" line="243"/>
        <source>値が {values} 個です（列は {columns} 個）</source>
        <translation>it has {values} values ({columns} columns)</translation>
    </message>
    <message>
        <location filename="../../db/json_backup.py" line="255"/>
        <source>列 {column}: 「{value}」は読めません</source>
        <translation>column {column}: “{value}” cannot be read</translation>
    </message>
    <message>
        <location filename="../../db/json_backup.py" line="267"/>
        <source>{count}行目（id {id}）</source>
        <translation>row {count} (id {id})</translation>
    </message>
    <message>
        <location filename="../../db/json_backup.py" line="269"/>
        <source>{count}行目</source>
        <translation>row {count}</translation>
    </message>
    <message>
        <location filename="../../db/json_backup.py" line="273"/>
        <source>バックアップの表 {table} の{which}は復元できません（{why}）。元のデータベースで直してからバックアップを作り直してください。</source>
        <translation>In the backup’s table {table}, {which} cannot be restored ({why}). Correct it in the original database and make the backup again.</translation>
    </message>
    <message>
        <location filename="../../db/json_backup.py" line="309"/>
        <source>表の見出しがありません</source>
        <translation>a table has no heading</translation>
    </message>
    <message>
        <location filename="../../db/json_backup.py" line="317"/>
        <source>知らない表 {table} があります</source>
        <translation>it has an unknown table {table}</translation>
    </message>
    <message>
        <location filename="../../db/json_backup.py" line="322"/>
        <source>表 {table} の列名がありません</source>
        <translation>the table {table} has no column names</translation>
    </message>
    <message>
        <location filename="../../db/json_backup.py" line="403"/>
        <source>「{source}」の中に、存在しないデータを参照する行があります（表 {table} ほか {rows} 行）。別のバックアップを指定してください。</source>
        <translation>“{source}” has rows that refer to data that does not exist (table {table}, {rows} rows). Give another backup.</translation>
    </message>
    <message>
        <location filename="../../db/json_backup.py" line="448"/>
        <source>{busy}復元していません。</source>
        <translation>{busy} Nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="63"/>
        <source>「{database}」は事務局デスクのデータベースではありません（空か、別のアプリのデータベースです）。secdesk --db … init で作成してください。</source>
        <translation>“{database}” is not a Secretariat Desk database (it is empty, or another application’s). Create one with secdesk --db … init.</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="79"/>
        <source>データベース「{database}」は古い形式です。アプリを通常どおり起動すると、バックアップを取ってから更新します。</source>
        <translation>The database “{database}” is in an older format. Start the application as usual: it backs the database up, then updates it.</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="90"/>
        <source>データベース「{database}」は新しい版の事務局デスクで作られています（形式 {revision}）。事務局デスクを更新してから開いてください。</source>
        <translation>The database “{database}” was made by a newer Secretariat Desk (format {revision}). Update Secretariat Desk, then open it.</translation>
    </message>
    <message>
        <location filename="../../db/output_files.py" line="118"/>
        <source>「{target}」はフォルダです。書き出すファイルの名前を指定してください。</source>
        <translation>“{target}” is a folder. Give the name of the file to write.</translation>
    </message>
    <message>
        <location filename="../../db/output_files.py" line="124"/>
        <source>「{target}」はファイルではありません。書き出すファイルの名前を指定してください。</source>
        <translation>“{target}” is not a file. Give the name of the file to write.</translation>
    </message>
    <message>
        <location filename="../../db/output_files.py" line="142"/>
        <source>データベース</source>
        <translation>database</translation>
    </message>
    <message>
        <location filename="../../db/output_files.py" line="144"/>
        <source>データベースの作業ファイル（{suffix}）</source>
        <translation>working file of the database ({suffix})</translation>
    </message>
    <message>
        <location filename="../../db/output_files.py" line="148"/>
        <source>「{target}」は使用中の{what}のため書き出し先にできません。別のファイル名を指定してください。</source>
        <translation>Cannot write to “{target}”: it is the open {what}. Give another file name.</translation>
    </message>
    <message>
        <location filename="../../db/output_files.py" line="158"/>
        <source>「{target}」はバックアップのフォルダ「{folder}」の中のため書き出し先にできません。別の場所を指定してください。</source>
        <translation>Cannot write to “{target}”: it is inside the backup folder “{folder}”. Choose another place.</translation>
    </message>
    <message>
        <location filename="../../db/output_files.py" line="167"/>
        <source>「{target}」はデータベースのファイルのため上書きできません。別のファイル名を指定してください。</source>
        <translation>“{target}” is a database file and cannot be overwritten. Give another file name.</translation>
    </message>
    <message>
        <location filename="../../db/output_files.py" line="181"/>
        <source>「{target}」は読み込むファイルのため書き出し先にできません。別のファイル名を指定してください。</source>
        <translation>Cannot write to “{target}”: it is a file being read. Give another file name.</translation>
    </message>
    <message>
        <location filename="../../db/output_files.py" line="250"/>
        <source>ファイルが大きすぎます</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <location filename="../../db/output_files.py" line="252"/>
        <source>ディスクの空きが足りません</source>
        <translation>there is not enough free disk space</translation>
    </message>
    <message>
        <location filename="../../db/output_files.py" line="256"/>
        <source>「{target}」を書き出せません（{reason}）。空きを作るか、別の場所を指定してください（途中までのファイルは残していません）。</source>
        <translation>Cannot write “{target}” ({reason}). Free some space or choose another place (no partial file was left).</translation>
    </message>
    <message>
        <location filename="../../db/output_files.py" line="265"/>
        <source>「{target}」を書き出せません（読み取り専用の場所です）。書き込めるフォルダを指定してください。</source>
        <translation>Cannot write “{target}” (the place is read-only). Choose a folder that can be written to.</translation>
    </message>
    <message>
        <location filename="../../db/output_files.py" line="273"/>
        <source>「{target}」を書き出せません（書き込みが許可されていません）。Excel などでそのファイルを開いている場合は閉じてから、書き込めるフォルダか確かめてもう一度書き出してください。</source>
        <translation>Cannot write “{target}” (writing is not allowed). If the file is open in Excel or another application, close it; check that the folder can be written to, and write it again.</translation>
    </message>
    <message>
        <location filename="../../db/output_files.py" line="281"/>
        <source>「{target}」を書き出せません（{reason}）。ファイルを開いているアプリを閉じるか、別の場所を指定してください。</source>
        <translation>Cannot write “{target}” ({reason}). Close the application that has the file open, or choose another place.</translation>
    </message>
    <message>
        <location filename="../../db/text_rules.py" line="63"/>
        <source>壊れた文字（文字の半分だけのデータ）が含まれています。その文字を消して入力し直してください。</source>
        <translation>contains a broken character (half of a character). Delete that character and type it again.</translation>
    </message>
    <message>
        <location filename="../../db/text_rules.py" line="73"/>
        <source>{limit}文字以内にしてください（今は {length} 文字です）。</source>
        <translation>keep it to {limit} characters (it has {length} now).</translation>
    </message>
    <message>
        <location filename="../../db/text_rules.py" line="105"/>
        <source>「{value}」は真偽値ではありません。</source>
        <translation>“{value}” is not true or false.</translation>
    </message>
    <message>
        <location filename="../../db/text_rules.py" line="109"/>
        <source>「{value}」は整数ではありません。</source>
        <translation>“{value}” is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../db/text_rules.py" line="111"/>
        <source>{value} は大きすぎます。</source>
        <translation>{value} is too large.</translation>
    </message>
    <message>
        <location filename="../../db/text_rules.py" line="114"/>
        <source>「{value}」は文字列ではありません。</source>
        <translation>“{value}” is not text.</translation>
    </message>
    <message>
        <location filename="../../db/text_rules.py" line="120"/>
        <source>NUL 文字（\0）が含まれています。</source>
        <translation>contains a NUL character (\0).</translation>
    </message>
    <message>
        <location filename="../../db/text_rules.py" line="130"/>
        <source>列 {name}: {problem}</source>
        <translation>column {name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/scheduling.py" line="26"/>
        <source>土曜日</source>
        <translation>a Saturday</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/scheduling.py" line="26"/>
        <source>日曜日</source>
        <translation>a Sunday</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/scheduling.py" line="75"/>
        <source>祝日（{holiday}）</source>
        <translation>a public holiday ({holiday})</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/scheduling.py" line="77"/>
        <source>年末年始の休日</source>
        <translation>a year-end holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/scheduling.py" line="99"/>
        <source>時刻未定</source>
        <translation>time not set</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/scheduling.py" line="115"/>
        <source>{slot}の開催日は{name}です。</source>
        <translation>{slot} falls on {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/scheduling.py" line="122"/>
        <source>{slot}の開催日は行事の年度（{year}）の外です（{actual}）。</source>
        <translation>{slot} falls outside the series’ fiscal year {year} (in {actual}).</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/scheduling.py" line="138"/>
        <source>{first} と {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/scheduling.py" line="142"/>
        <source>同じ日で時刻が決まっていません</source>
        <translation>is on the same day, without a time, as</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/scheduling.py" line="144"/>
        <source>時間が重なっています</source>
        <translation>overlaps with</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/scheduling.py" line="150"/>
        <source>{slot}は第{number}回と{what}（{times}）。</source>
        <translation>{slot} {what} session {number} ({times}).</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/scheduling.py" line="166"/>
        <source>{slot}は{other}と同じ会場（{venue}）で時間が重なっています（{times}）。</source>
        <translation>{slot} overlaps with {other} in the same venue ({venue}) ({times}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/form.py" line="53"/>
        <location filename="../../desktop/ui/tabs/registrations.py" line="329"/>
        <location filename="../../desktop/sheets/address_labels.py" line="25"/>
        <location filename="../../desktop/sheets/envelopes.py" line="28"/>
        <location filename="../../desktop/ops/history.py" line="57"/>
        <location filename="../../desktop/imports/registration_merge.py" line="51"/>
        <source>郵便番号</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/address_labels.py" line="29"/>
        <location filename="../../desktop/sheets/envelopes.py" line="32"/>
        <source>宛名</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/address_labels.py" line="70"/>
        <source>{name} 宛名ラベル</source>
        <translation>{name} address labels</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/session_invitation.py" line="98"/>
        <source>{name} 第{number}回 開催のご案内</source>
        <translation>{name} session {number}: invitation</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="52"/>
        <source>{lowest}〜{highest} の整数</source>
        <translation>a whole number from {lowest} to {highest}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="69"/>
        <source>true か false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="86"/>
        <source>{choices} のどれか</source>
        <translation>one of {choices}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="101"/>
        <source>文字列</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="116"/>
        <source>ファイルのパス</source>
        <translation>the path of a file</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="134"/>
        <source>フォルダのパス</source>
        <translation>a folder&apos;s path</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="151"/>
        <source>月-日（例: 11-30）</source>
        <translation>month-day (e.g. 11-30)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="173"/>
        <source>プリンター名ごとの [横, 縦]（mm）</source>
        <translation>[across, down] (mm) for each printer name</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="359"/>
        <source>設定「{label}」({key}) に {value} は使えません（{allowed}）</source>
        <translation>The setting “{label}” ({key}) does not take {value} ({allowed})</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="386"/>
        <source>設定を保存できません（{problem}）: {path}</source>
        <translation>Cannot save the settings ({problem}): {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/connection.py" line="37"/>
        <source>サーバー</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../desktop/connection.py" line="38"/>
        <source>データベース名</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location filename="../../desktop/connection.py" line="39"/>
        <source>ユーザー名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/connection.py" line="46"/>
        <source>{label}「{value}」に使えない文字があります（空白や / ? # @ : など）。</source>
        <translation>The {label} “{value}” holds characters that cannot be used (spaces or / ? # @ : and the like).</translation>
    </message>
    <message>
        <location filename="../../desktop/connection.py" line="55"/>
        <source>サーバーには名前か IP アドレスを入力してください（例: db-server、192.168.1.10）。</source>
        <translation>Enter the server’s name or IP address (e.g. db-server, 192.168.1.10).</translation>
    </message>
    <message>
        <location filename="../../desktop/connection.py" line="65"/>
        <source>ポートは 1〜65535 の数字で入力してください（既定 5432）。</source>
        <translation>Enter the port as a number from 1 to 65535 (usually 5432).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/column_fit.py" line="121"/>
        <source>列の幅と並びを元に戻す</source>
        <translation>Reset column widths and order</translation>
    </message>
    <message>
        <location filename="../../db/audit.py" line="24"/>
        <source>デモデータ</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/cell_checks.py" line="30"/>
        <source>セルがエラー値「{value}」です（数式の結果がエラー）。Excel でセルの値を直してから取り込んでください。</source>
        <translation>The cell holds the error value “{value}” (its formula failed). Correct the cell in Excel, then import again.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/cell_checks.py" line="58"/>
        <source>見えない制御文字を取り除きました。</source>
        <translation>Invisible control characters were removed.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/cell_checks.py" line="80"/>
        <source>長すぎます。{reason}</source>
        <translation>Too long. {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/local_government_record.py" line="19"/>
        <source>上位の団体</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/local_government_record.py" line="63"/>
        <location filename="../../desktop/imports/model.py" line="297"/>
        <source>団体: {name}（{code}）</source>
        <translation>Organization: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/local_government_record.py" line="65"/>
        <location filename="../../desktop/imports/model.py" line="299"/>
        <source>コードなし</source>
        <translation>no code</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/local_government_record.py" line="69"/>
        <source>読み: {kana}</source>
        <translation>Reading: {kana}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/local_government_record.py" line="74"/>
        <source>同じコードの行が {first_row} にもあります（一つの団体として取り込みます）。</source>
        <translation>A row with the same code is also at {first_row} (imported as one body).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/local_government_record.py" line="85"/>
        <location filename="../../desktop/imports/model.py" line="335"/>
        <source>地方公共団体コード「{code}」の団体はすでにあるため、別の団体としては作れません。</source>
        <translation>A body with the local government code “{code}” already exists, so it cannot be created as another organization.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="42"/>
        <source>{refusal}（「空欄だけ補う」か「上書き」を選んでください）</source>
        <translation>{refusal} (choose “Fill blanks only” or “Overwrite”)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="58"/>
        <source>選んだ{target}はこの行の候補にありません。</source>
        <translation>The chosen entry of {target} is not a candidate for this row.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="85"/>
        <source>{what}が {where} にもあります（後の行は取り込みません）。</source>
        <translation>{what} is also at {where} (the later row is not imported).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="126"/>
        <source>団体（新規）</source>
        <translation>organizations (new)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="127"/>
        <source>団体（更新）</source>
        <translation>organizations (updated)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="128"/>
        <source>人（新規）</source>
        <translation>people (new)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="129"/>
        <source>人（更新）</source>
        <translation>people (updated)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="130"/>
        <source>登録（新規）</source>
        <translation>registrations (new)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="131"/>
        <source>登録（更新）</source>
        <translation>registrations (updated)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="132"/>
        <source>府省庁（新規）</source>
        <translation>ministries (new)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="133"/>
        <source>施策（新規）</source>
        <translation>measures (new)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="134"/>
        <source>施策（更新）</source>
        <translation>measures (updated)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="135"/>
        <source>選定事業（新規）</source>
        <translation>selected projects (new)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="136"/>
        <source>選定事業（更新）</source>
        <translation>selected projects (updated)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="137"/>
        <source>会議（新規）</source>
        <translation>councils (new)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="138"/>
        <source>委員（新規）</source>
        <translation>members (new)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="139"/>
        <source>委員（更新）</source>
        <translation>members (updated)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="140"/>
        <source>行事（新規）</source>
        <translation>event series (new)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="141"/>
        <source>開催回（新規）</source>
        <translation>sessions (new)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="142"/>
        <source>開催回（更新）</source>
        <translation>sessions (updated)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="143"/>
        <source>参加者（新規）</source>
        <translation>participants (new)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="144"/>
        <source>参加者（キャンセル待ち）</source>
        <translation>participants (waiting list)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="145"/>
        <source>参加者（登録済み）</source>
        <translation>participants (already registered)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/matching.py" line="146"/>
        <source>取り込まなかった行</source>
        <translation>rows not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/measures.py" line="73"/>
        <source>施策名</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/measures.py" line="75"/>
        <source>施策</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/measures.py" line="107"/>
        <source>府省庁: {ministry}</source>
        <translation>Ministry: {ministry}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/measures.py" line="108"/>
        <location filename="../../desktop/imports/model.py" line="301"/>
        <source>分野: {categories}</source>
        <translation>Fields: {categories}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/measures.py" line="109"/>
        <source>予算: {budget}</source>
        <translation>Budget: {budget}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/measures.py" line="130"/>
        <source>施策名が空です。施策名を入力してください。</source>
        <translation>The measure name is empty. Enter the name of the measure.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/measures.py" line="175"/>
        <source>「{written}」を府省庁「{ministry}」と担当部署「{bureau}」に分けました。</source>
        <translation>“{written}” was read as the ministry “{ministry}” and the department “{bureau}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/measures.py" line="198"/>
        <location filename="../../desktop/imports/people.py" line="141"/>
        <source>事業「{program}」はありません。登録済みの事業名を指定してください。</source>
        <translation>There is no programme “{program}”. Name a stored programme.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/measures.py" line="211"/>
        <source>分野からどの事業の施策か決められないため、分野は取り込みません。取り込むときに事業を指定してください。</source>
        <translation>The fields do not tell which programme the measure belongs to, so the fields are not imported. Choose the programme when importing.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/measures.py" line="228"/>
        <location filename="../../desktop/imports/registrations.py" line="160"/>
        <source>分野「{categories}」は{program}にありません（無視しました）。</source>
        <translation>The fields “{categories}” are not in {program} (ignored).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/measures.py" line="285"/>
        <source>予算額の年度（{written}）が「年度」欄（{column}）と違います。予算額に書かれた年度で取り込みます。</source>
        <translation>The fiscal year of the budget ({written}) differs from the fiscal year column ({column}). The year written with the budget is imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/measures.py" line="299"/>
        <source>予算額「{budget}」の年度が分からないため、予算額は取り込みません。「年度」欄に年度（例: 令和8年度）を入力してください。</source>
        <translation>The fiscal year of the budget “{budget}” is unknown, so the budget is not imported. Enter the fiscal year in the fiscal year column (e.g. R8 or 2026).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/measures.py" line="318"/>
        <source>予算額「{budget}」は大きすぎて扱えません。金額を確かめてください。</source>
        <translation>The budget “{budget}” is too large to store. Check the amount.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/measures.py" line="406"/>
        <source>府省庁「{ministry}」はまだ登録されていないため、府省庁として新しく登録します。</source>
        <translation>The ministry “{ministry}” is not stored yet, so it is added as a new ministry.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/measures.py" line="419"/>
        <source>府省庁「{ministry}」は登録されている府省庁・地方支分部局にありません。正式な府省庁名（例: 経済産業省）で入力してください（局・課は「担当部署」へ）。</source>
        <translation>The ministry “{ministry}” is not among the stored ministries and regional bureaus. Enter the official name of the ministry (bureaus and divisions go in the department column).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/measures.py" line="478"/>
        <source>同じ府省庁の同じ施策</source>
        <translation>The same measure of the same ministry</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/measures.py" line="660"/>
        <source>支援策一覧</source>
        <translation>Support measure list</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/model.py" line="28"/>
        <source>候補が複数あります: 既存の{target}が複数当てはまります（{names}）。どれか一つに決められないため取り込みません。確認画面でどの{target}か選んでください。</source>
        <translation>Several candidates: more than one existing entry of {target} fits ({names}). The row is not imported while it cannot be settled on one; choose the entry of {target} in the review.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/model.py" line="34"/>
        <source>空欄だけ補う</source>
        <translation>Fill blanks only</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/model.py" line="35"/>
        <source>上書きする</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/model.py" line="37"/>
        <source>別のものとして新しく作る</source>
        <translation>Create as a new one</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/model.py" line="55"/>
        <source>シート「{sheet}」</source>
        <translation>sheet “{sheet}”</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/model.py" line="57"/>
        <source>{row}行目</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/model.py" line="59"/>
        <source>列「{column}」</source>
        <translation>column “{column}”</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/model.py" line="66"/>
        <source>エラー</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/model.py" line="66"/>
        <source>注意</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/model.py" line="179"/>
        <source>データ</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/model.py" line="306"/>
        <source>担当者: {name}（{outcome}）</source>
        <translation>Contact: {name} ({outcome})</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/model.py" line="314"/>
        <source>ほかの担当者: {names}（この団体の担当者として登録します）</source>
        <translation>Other contacts: {names} (registered as contacts of this organization)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/model.py" line="323"/>
        <source>取り込みません</source>
        <translation>not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/model.py" line="325"/>
        <source>新しい人として登録します</source>
        <translation>registered as a new person</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/model.py" line="328"/>
        <source>登録済みの {person} と同じ人として扱います</source>
        <translation>taken to be the stored {person}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/model.py" line="329"/>
        <source>この団体の新しい担当者として登録します</source>
        <translation>registered as a new contact of this organization</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/model.py" line="415"/>
        <source>次のファイルは除いて取り込みます: {reason}</source>
        <translation>Left out of the import: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/new_series.py" line="18"/>
        <source>年度は名前から{year}とします。</source>
        <translation>The fiscal year is taken from the name: {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/new_series.py" line="22"/>
        <source>年度は開催日から{year}とします。</source>
        <translation>The fiscal year is taken from the dates: {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/new_series.py" line="28"/>
        <source>開催日が複数の年度（{years}）にわたるため、年度は空欄にします（イベント画面で入力してください）。</source>
        <translation>The dates span several fiscal years ({years}), so the fiscal year is left blank (enter it on the Events tab).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/new_series.py" line="35"/>
        <source>名前にも開催日にも年度がないため、年度は空欄にします（イベント画面で入力してください）。</source>
        <translation>Neither the name nor the dates give a fiscal year, so it is left blank (enter it on the Events tab).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/normalize.py" line="64"/>
        <source>数値で入力された地方公共団体コード「{code}」は {first} と {second} のどちらとも読めます。セルを文字列にして6桁で入力してください。</source>
        <translation>The local government code “{code}”, entered as a number, reads as both {first} and {second}. Format the cell as text and enter all 6 digits.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/normalize.py" line="86"/>
        <source>電話番号「{phone}」の桁数が正しくありません。03-6206-6175 のように入力してください。</source>
        <translation>The phone number “{phone}” has the wrong number of digits. Enter it like 03-6206-6175.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/normalize.py" line="99"/>
        <source>電話番号が数値になっていたため、先頭に0を補いました（{phone}）。</source>
        <translation>The phone number was a number cell, so its leading 0 was put back ({phone}).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/normalize.py" line="110"/>
        <source>メールアドレス「{email}」の形が正しくありません。name@example.jp のように入力してください。</source>
        <translation>The e-mail address “{email}” is not well formed. Enter it like name@example.jp.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/normalize.py" line="129"/>
        <source>公表可否「{value}」は「可」か「否」で入力してください。</source>
        <translation>Publication “{value}”: enter yes or no.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/participants.py" line="70"/>
        <source>行事・回</source>
        <translation>Series and session</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/participants.py" line="97"/>
        <source>回: この取り込みの開催日程で新しく作る回です</source>
        <translation>Session: created by the schedule of this import</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/participants.py" line="101"/>
        <source>所属: {organization}&#x3000;役職: {post}</source>
        <translation>Affiliation: {organization}   Position: {post}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/participants.py" line="106"/>
        <source>メール: {email}&#x3000;電話: {phone}</source>
        <translation>E-mail: {email}   Phone: {phone}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/participants.py" line="111"/>
        <source>参加形式: {attendance}</source>
        <translation>Attendance: {attendance}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/participants.py" line="152"/>
        <source>参加形式「{written}」は使えません。{choices} から選んでください。</source>
        <translation>The attendance “{written}” is not allowed. Choose one of {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/participants.py" line="179"/>
        <source>団体区分「{written}」は使えません（「その他」として扱います）。{choices} から選んでください。</source>
        <translation>The organization kind “{written}” is not allowed (taken as other). Choose one of {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/participants.py" line="196"/>
        <source>氏名が空です。参加者の氏名を入力してください。</source>
        <translation>The name is empty. Enter the participant&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/participants.py" line="324"/>
        <source>この方はすでに{event} {session}の参加者として登録されています（参加者は追加しません）。</source>
        <translation>This person is already registered as a participant of {event} {session} (not added again).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/participants.py" line="336"/>
        <source>同じ回の同じ参加者</source>
        <translation>The same participant of the same session</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/participants.py" line="400"/>
        <source>行事「{event}」は登録されていません。先に開催日程を取り込むか、イベント画面で行事と回を登録してください。</source>
        <translation>The event series “{event}” is not stored. Import its schedule first, or add the series and its sessions in the Events tab.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/participants.py" line="417"/>
        <source>{event}の{session}は登録されていません。先に開催日程を取り込むか、イベント画面で{session}を登録してください。</source>
        <translation>{session} of {event} is not stored. Import the schedule first, or add {session} in the Events tab.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/participants.py" line="530"/>
        <source>{where}: {event} {session}は取り込まれないため、参加者を登録できません。開催日程のその回の行も取り込むか、この参加者の行を取り込まないようにしてください。</source>
        <translation>{where}: {event} {session} is not imported, so its participant cannot be registered. Import that session&apos;s schedule row too, or leave this participant&apos;s row out.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/pipeline.py" line="215"/>
        <source>{message}（全{count}行）</source>
        <translation>{message} (all {count} rows)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/pipeline.py" line="258"/>
        <source>非表示のシートなので取り込みませんでした。</source>
        <translation>A hidden sheet: not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/pipeline.py" line="260"/>
        <source>記入例のシートなので取り込みませんでした。</source>
        <translation>A sheet of filled-in examples: not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/pipeline.py" line="171"/>
        <location filename="../../desktop/imports/pipeline.py" line="268"/>
        <source> ほか{count}個</source>
        <translation> and {count} more</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/pipeline.py" line="167"/>
        <source>フォルダ内の {names}{more} は表計算のファイルでも CSV でもないため、読みませんでした（.txt はファイルを指定すると CSV・TSV として読みます）。</source>
        <translation>{names}{more} in the folder are neither spreadsheets nor CSV files and were not read (a .txt file is read as CSV / TSV when it is named).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/pipeline.py" line="274"/>
        <source>数式のセル（{cells}{more}）は、Excel が最後に計算した値を取り込みます。</source>
        <translation>For the formula cells ({cells}{more}), the values Excel last calculated are imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/pipeline.py" line="311"/>
        <source>見出しの行の下にデータの行がありません（記入済みの行がありません）。</source>
        <translation>There are no data rows under the heading row (no filled-in rows).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/pipeline.py" line="319"/>
        <source>{file}: 取り込める様式や一覧が見つかりません（見出しの行が読み取れません）。事務局デスクの様式か、見出し付きの一覧（{known}）を指定してください。</source>
        <translation>{file}: no form or list to import was found (no heading row could be read). Choose a Secretariat Desk form or a list with headings ({known}).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/pipeline.py" line="341"/>
        <source>読み取れないファイルが {count} 個あるため、取り込みません。それらを除いて取り込むか、ファイルを直してから読み込み直してください。</source>
        <translation>{count} file(s) cannot be read, so nothing is imported. Import without them, or correct the files and read them again.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/pipeline.py" line="349"/>
        <source>取り込める行がありません（すべてエラーか「取り込まない」です）。</source>
        <translation>There are no rows to import (every row has an error or is set to not be imported).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/pipeline.py" line="411"/>
        <source>取り込み番号 {batch} はありません。secdesk batches で一覧を確かめてください。</source>
        <translation>There is no import number {batch}. Check the list with secdesk batches.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/pipeline.py" line="417"/>
        <source>取り込み番号 {batch} は {when} に取り消し済みです。</source>
        <translation>Import number {batch} was already undone at {when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/pipeline.py" line="570"/>
        <source>この取り込みの後で、取り込んだデータが変更されたり、別のデータから参照されたりしています（{when} {user}）。取り消すとそのデータも失われるため、取り消しません。</source>
        <translation>Since this import, the imported data has been changed or is referred to by other data ({when} {user}). Undoing it would lose that data too, so it is not undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/projects.py" line="76"/>
        <source>事業: {program}</source>
        <translation>Programme: {program}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/projects.py" line="78"/>
        <source>選定年度: {year}</source>
        <translation>Selected in: {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/projects.py" line="81"/>
        <source>技術: {technologies}</source>
        <translation>Technologies: {technologies}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/projects.py" line="98"/>
        <source>提案タイトルが空です。提案タイトル（事業名）を入力してください。</source>
        <translation>The proposal title is empty. Enter the proposal title (the project name).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/projects.py" line="108"/>
        <source>提案者が空です。提案した地方公共団体の名前を入力してください（複数のときは「、」で区切ります）。</source>
        <translation>The proposers are empty. Enter the names of the proposing local governments (separate several with 、 or commas).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/projects.py" line="138"/>
        <source>選定年度が空です。令和2年度、R2、2020 のように入力してください。</source>
        <translation>The fiscal year of selection is empty. Enter it like R2 or 2020.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/projects.py" line="157"/>
        <source>指定された事業「{program}」はありません。登録済みの事業名を指定してください。</source>
        <translation>The programme “{program}” given does not exist. Name a stored programme.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/projects.py" line="171"/>
        <source>どの事業の選定事業か判断できません。取り込むときに事業を指定してください（確認画面の「事業」で選ぶか、secdesk import ファイル名 --program 未来技術社会実装事業 のように指定）。</source>
        <translation>Which programme the selected project belongs to cannot be told. Choose the programme when importing (under Programme in the review, or as secdesk import FILE --program PROGRAMME).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/projects.py" line="197"/>
        <source>（技術の登録なし）</source>
        <translation>(no technologies stored)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/projects.py" line="203"/>
        <source>技術「{technologies}」は{program}にないため取り込みません。{choices} のどれかで書いてください。</source>
        <translation>The technologies “{technologies}” are not in {program} and are not imported. Write one of {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/projects.py" line="252"/>
        <source>{what}「{name}」に当てはまる団体が複数あります（{found}）。どの団体か決められないため取り込みません。団体の重複を整理してから取り込み直してください。</source>
        <translation>{what} “{name}”: several organizations match ({found}). The row is not imported while it cannot be settled on one; merge the duplicate organizations, then import again.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/projects.py" line="269"/>
        <source>{what}「{name}」は団体として登録されていないため、新しい団体（{kind}）として登録します。別の名前で登録済みなら、その名前に直してください。</source>
        <translation>{what} “{name}” is not a stored organization, so it is added as a new organization ({kind}). If it is stored under another name, use that name.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/projects.py" line="340"/>
        <source>同じ選定事業</source>
        <translation>The same selected project</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/reasons.py" line="16"/>
        <source>{count}行を1件にまとめました: 行 {rows}</source>
        <translation>{count} rows merged into one: rows {rows}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/reasons.py" line="28"/>
        <source>{reason}（日付のほうを取り込みました）</source>
        <translation>{reason} (the date was imported)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registrations.py" line="82"/>
        <source>団体名が空です。団体名を入力してください。</source>
        <translation>The organization name is empty. Enter the organization&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registrations.py" line="92"/>
        <source>団体区分「{written}」は使えません。{choices} から選んでください。</source>
        <translation>The organization kind “{written}” is not allowed. Choose one of {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registrations.py" line="107"/>
        <source>地方公共団体コードは都道府県・市区町村の行にだけ入力してください。</source>
        <translation>Enter a local government code only on the rows of prefectures and municipalities.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registrations.py" line="118"/>
        <source>事業「{program}」はありません。登録済みの事業名を入力してください。</source>
        <translation>There is no programme “{program}”. Enter the name of a stored programme.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registrations.py" line="129"/>
        <source>区分「{written}」は使えません。関心・提供・支援策・連携 から選んでください。</source>
        <translation>The role “{written}” is not allowed. Choose one of 関心, 提供, 支援策 or 連携 (interest, offer, support measure, partnership).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registrations.py" line="145"/>
        <source>○の付いた分野「{category}」は{program}にありません（無視しました）。</source>
        <translation>The marked field “{category}” is not in {program} (ignored).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registrations.py" line="169"/>
        <source>分野が一つも選ばれていません。該当する分野に○を付けてください。</source>
        <translation>No field is chosen. Mark the fields that apply.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registrations.py" line="44"/>
        <source>公表可否が空欄のため「否」（公表しない）として取り込みます。</source>
        <translation>Publication is blank, so it is imported as no (not published).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registrations.py" line="46"/>
        <source>公表可否の欄がないため「否」（公表しない）として取り込みます。公表してよい団体は、取り込んだ後に登録の「公表してよい」を付けてください。</source>
        <translation>The list has no publication-consent column, so it is imported as no (not published). Tick “May be published” on the registrations that may be published after the import.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registrations.py" line="49"/>
        <source>団体区分が空欄のため、名称から「{kind}」と判断しました。</source>
        <translation>The organization type is blank; “{kind}” was taken from the name.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registrations.py" line="51"/>
        <source>団体区分が空欄で名称からも分からないため「{kind}」としました。違う場合は団体区分を入力してください。</source>
        <translation>The organization type is blank and the name does not tell it, so “{kind}” was assumed. Enter the type if it is another.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registrations.py" line="57"/>
        <source>公表可否が空欄の{count}行（行 {rows}）は「否」（公表しない）として取り込みます。</source>
        <translation>The {count} rows with a blank publication consent (rows {rows}) are imported as no (not published).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registrations.py" line="211"/>
        <source>事業を特定できません。「事業」列を設けるか、取り込み時に事業を指定してください。</source>
        <translation>The programme cannot be told. Add a programme column, or choose the programme when importing.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registrations.py" line="500"/>
        <source>地方公共団体コード「{code}」は「{owner}」のコードです（この行の団体名は「{name}」）。コードか団体名を確かめてください。</source>
        <translation>The local government code “{code}” is the code of “{owner}” (this row names “{name}”). Check the code or the organization name.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registrations.py" line="513"/>
        <source>登録一覧</source>
        <translation>Registration list</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/rosters.py" line="67"/>
        <source>氏名・役職</source>
        <translation>Name and position</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/rosters.py" line="107"/>
        <source>（省庁順で配置）</source>
        <translation>(in ministry order)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/rosters.py" line="110"/>
        <source>役割: {role}</source>
        <translation>Role: {role}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/people.py" line="89"/>
        <location filename="../../desktop/imports/rosters.py" line="111"/>
        <source>所属: {organization}</source>
        <translation>Affiliation: {organization}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/people.py" line="90"/>
        <source>役職: {post}</source>
        <translation>Position: {post}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/people.py" line="93"/>
        <source>専門家として登録: {program}</source>
        <translation>Registered as an expert of: {program}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/people.py" line="116"/>
        <source>氏名が空です。氏名を入力してください。</source>
        <translation>The name is blank. Enter the person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/people.py" line="123"/>
        <source>所属・役職の欄に氏名が書かれているため、所属なしとして取り込みます。</source>
        <translation>The affiliation and position cell holds the person&apos;s name: imported without an affiliation.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/people.py" line="153"/>
        <source>所属がないため、本人の名前で専門家（提供）として登録します（所属の団体は --organization でも指定できます）。</source>
        <translation>No affiliation: registered as an expert (offer) under the person&apos;s own name (the organization can also be named with --organization).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/people.py" line="164"/>
        <source>事業が指定されていないため、専門分野やURLは取り込まず、人だけを登録します。専門家として登録するには、取り込み時に事業を指定してください。</source>
        <translation>No programme was named: only the people are imported, without their expertise or URL. To register them as experts, name the programme when importing.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/people.py" line="204"/>
        <source>{problem}（この値は取り込みません）</source>
        <translation>{problem} (this value is not imported)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/people.py" line="230"/>
        <location filename="../../desktop/imports/rosters.py" line="207"/>
        <source>所属・役職「{written}」は所属と役職に分けられないため、全体を所属として取り込みます。</source>
        <translation>The affiliation and position &quot;{written}&quot; cannot be told apart: the whole is imported as the affiliation.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/people.py" line="265"/>
        <source>役職が {limit} 文字を超えるため、最初の {lines} 行だけを取り込みます。</source>
        <translation>The position is longer than {limit} characters: only its first {lines} lines are imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/people.py" line="340"/>
        <source>所属「{name}」に当てはまる団体が複数あります（{found}）。どの団体か決められないため取り込みません。団体の重複を整理してから取り込み直してください。</source>
        <translation>Several stored organizations match the affiliation &quot;{name}&quot; ({found}). It cannot be decided which, so the row is not imported. Tidy up the duplicate organizations and import again.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/people.py" line="355"/>
        <source>所属「{name}」は団体として登録されていないため、新しい団体（{kind}）として登録します。</source>
        <translation>The affiliation &quot;{name}&quot; is not a stored organization: it will be added as a new organization ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/people.py" line="398"/>
        <source>同じ人</source>
        <translation>the same person</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/people.py" line="554"/>
        <source>人の名簿</source>
        <translation>People list</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/rosters.py" line="113"/>
        <source>順: {order}</source>
        <translation>Order: {order}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/rosters.py" line="145"/>
        <source>順「{order}」は 1 以上の数字で入力してください（空欄なら省庁順に並べます）。</source>
        <translation>The order “{order}” must be a number of 1 or more (blank: ordered by ministry).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/rosters.py" line="162"/>
        <source>役職も氏名も空です。役職か氏名のどちらかを入力してください。</source>
        <translation>Both the position and the name are empty. Enter a position or a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/rosters.py" line="227"/>
        <source>任期の終わり（{end}）が始まり（{start}）より前です。</source>
        <translation>The term ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/rosters.py" line="247"/>
        <source>役割「{role}」は {limit} 文字以内にしてください。</source>
        <translation>The role “{role}” must be at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/rosters.py" line="258"/>
        <source>役割「{role}」は決まった役割（{roles}）にないため、書かれたとおりに取り込み、名簿では決まった役割の後に並べます。</source>
        <translation>The role “{role}” is not one of the set roles ({roles}); it is imported as written and listed after the set roles in the roster.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/rosters.py" line="313"/>
        <source>同じ委員</source>
        <translation>The same member</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/rosters.py" line="337"/>
        <source>（この一覧には {councils} があります）</source>
        <translation> (this list has {councils})</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/rosters.py" line="346"/>
        <source>会議名が空のため、どの会議の委員か決められません{several}。会議名を入力してください。</source>
        <translation>The council is empty, so which council the member belongs to cannot be told{several}. Enter the council.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/rosters.py" line="359"/>
        <source>どの会議の委員か判断できません（会議名の列がありません）。取り込むときに会議を指定してください（確認画面の「会議」で選ぶか入力するか、secdesk import ファイル名 --council 会議名 のように指定）。</source>
        <translation>Cannot tell which council these members belong to (the list has no council-name column). Name the council when importing (choose or type it in the review&apos;s Council field, or use secdesk import FILE --council NAME).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/rosters.py" line="376"/>
        <source>会議「{council}」に当てはまる会議が複数あります（{found}）。会議名を区別できるように直してください。</source>
        <translation>Several councils match “{council}” ({found}). Make the council names distinct.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/rosters.py" line="399"/>
        <source>会議「{council}」は登録されていないため、新しい会議として作ります（種類などは協議会タブで入力してください）。</source>
        <translation>The council “{council}” is not stored, so it is created as a new council (enter its kind and other details in the Councils tab).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="83"/>
        <source>回が空です。第何回かを数字で入力してください（例: 3）。</source>
        <translation>The session is empty. Enter the session number (e.g. 3).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="96"/>
        <source>回「{number}」を番号として読めません。3 や 第3回 のように入力してください。</source>
        <translation>The session “{number}” cannot be read as a number. Enter it like 3.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="168"/>
        <source>どの行事の回か判断できません（行事名の列がありません）。取り込むときに行事を指定してください（確認画面の「行事」で選ぶか入力するか、secdesk import ファイル名 --series 令和8年度 地域DXセミナー のように指定）。</source>
        <translation>Cannot tell which event series these sessions belong to (the list has no event-name column). Name the series when importing (choose or type it in the review&apos;s Event field, or use secdesk import FILE --series NAME).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="185"/>
        <source>このシートには複数の行事（{events}）があるため</source>
        <translation>this sheet has several event series ({events})</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="189"/>
        <source>登録済みの行事が一つではないため</source>
        <translation>there is not exactly one stored event series</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="195"/>
        <source>行事名が空欄です。{why}、どの行事の回か決められません。行事名を入力してください。</source>
        <translation>The series is blank. As {why}, which series the session belongs to cannot be told. Enter the series.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="224"/>
        <source>回・テーマ</source>
        <translation>Session and theme</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="256"/>
        <source>（新しい行事・{year}）</source>
        <translation> (new event series, {year})</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="258"/>
        <source>（新しい行事）</source>
        <translation> (a new series)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="261"/>
        <source>行事: {event}{new}</source>
        <translation>Series: {event}{new}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="262"/>
        <source>開催日: {day}</source>
        <translation>Date: {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="264"/>
        <source>開催日: {day} {hours}</source>
        <translation>Date: {day} {hours}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="265"/>
        <source>会場: {venue}</source>
        <translation>Venue: {venue}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="267"/>
        <source>形式: {format}&#x3000;対象: {eligibility}</source>
        <translation>Format: {format}   For: {eligibility}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="273"/>
        <source>備考: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="279"/>
        <source>{event}の{session}はすでにあるため、新しい回としては作れません。</source>
        <translation>{session} of {event} already exists, so it cannot be created as a new session.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="316"/>
        <source>形式「{written}」は使えません。{choices} のどれかを入力してください（オンラインは web、ハイブリッドは 会場・web として読みます）。</source>
        <translation>The format “{written}” is not allowed. Enter one of {choices} (online is read as web, hybrid as venue and web).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="346"/>
        <source>終了時刻だけでは取り込めません。開始時刻も入力してください。</source>
        <translation>An end time alone cannot be imported. Enter the start time too.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="353"/>
        <source>終了時刻（{end}）が開始時刻（{start}）より後になっていません。開始と終了を確かめてください。</source>
        <translation>The end time ({end}) is not after the start time ({start}). Check the start and the end.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="421"/>
        <source>開催日「{written}」には別々の日が{count}日あり、終了日もあるため、最初の日の回として取り込み、開催日は回の備考に書き写します。</source>
        <translation>The date “{written}” names {count} separate days and the row has an end date too: it is imported as the session of the first day, and the dates are copied into the session&apos;s note.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="430"/>
        <source>開催日「{written}」には別々の日が{count}日ありますが、回は一つ（{session}）のため、最初の日の回として取り込み、ほかの日は回の備考に書き写します。日ごとに別の回にするには、回の欄に日の数だけ回を書いてください（例: 第3回・第4回）。</source>
        <translation>The date “{written}” names {count} separate days but one session ({session}): it is imported as the session of the first day, and the other days are copied into the session&apos;s note. To make each day a session of its own, write as many sessions as days in the session column (e.g. 第3回・第4回).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="476"/>
        <source>終了日「{written}」は日付ではないため、開催日（初日）の回として取り込み、終了日は回の備考に書き写します。</source>
        <translation>The end date &quot;{written}&quot; is not a date: the session is imported on its first day, and the end date is copied into its note.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="489"/>
        <source>終了日（{last}）が開催日（{first}）より前です。開催日と終了日を確かめてください。</source>
        <translation>The end date ({last}) is before the date ({first}). Check both dates.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="445"/>
        <source>開催日から{last}まで続く催しです。開催日（初日）の回として取り込み、期間は回の備考に書き写します。</source>
        <translation>The event runs until {last}: it is imported as a session on its first day, with the period copied into its note.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="519"/>
        <source>同じ行事の同じ回</source>
        <translation>The same session of the same series</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="576"/>
        <source>登録済みの回（{before}まで）より前の日付ですが、回の番号は登録済みの回の後に続けます（{session}）。</source>
        <translation>The date is earlier than the stored sessions (up to {before}), but the session is numbered after them ({session}).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sessions.py" line="624"/>
        <source>行事「{event}」は登録されていないため、新しい行事として作ります。{why}</source>
        <translation>The event series &quot;{event}&quot; is not stored: it will be created. {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sources.py" line="47"/>
        <source>「{path}」は普通のファイルではありません（名前付きパイプや装置など）。取り込む Excel ファイル（.xlsx など）か CSV ファイルを指定してください。</source>
        <translation>“{path}” is not a regular file (a named pipe, a device or the like). Choose an Excel file (.xlsx or similar) or a CSV file to import.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sources.py" line="57"/>
        <source>取り込むファイル（.xlsx .xlsm .xls .ods .csv .tsv）が見つかりません。ファイルかフォルダを指定してください。</source>
        <translation>No file to import (.xlsx .xlsm .xls .ods .csv .tsv) was found. Choose a file or a folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sources.py" line="129"/>
        <source>「{value}」は○印として読めません（選ばなかったものとしました）。○ ● ✓ 1 レ のどれかを使ってください。</source>
        <translation>“{value}” cannot be read as a mark (taken as not chosen). Use one of ○ ● ✓ 1.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sources.py" line="155"/>
        <source>列 {names} は使わずに取り込みます。</source>
        <translation>The columns {names} are not used.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sources.py" line="185"/>
        <source>合計の行なので取り込みませんでした。</source>
        <translation>A totals row: not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sources.py" line="216"/>
        <source>非表示の行です（取り込み対象にしました）。</source>
        <translation>A hidden row (imported).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sources.py" line="240"/>
        <source>{rows}行目は一覧の注記（「{first}」など）とみて、取り込みませんでした。</source>
        <translation>Rows {rows} were taken as notes under the list (“{first}” …) and not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/templates.py" line="39"/>
        <source>事業「{program}」はありません。次から選んでください: {names}</source>
        <translation>There is no programme “{program}”. Choose one of: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/ods_and_xls.py" line="171"/>
        <source>{file} は表計算ではない OpenDocument 文書（文書や図形など）のため、表計算ソフトで作った一覧（.ods / .xlsx / CSV）を選んでください。</source>
        <translation>{file} is an OpenDocument file that is not a spreadsheet (a text, a drawing or the like). Choose a list made in a spreadsheet program (.ods / .xlsx / CSV).</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/ods_and_xls.py" line="199"/>
        <location filename="../../desktop/excel/text_tables.py" line="140"/>
        <source>{file} は上限の {megabytes:,} MB を超えているため、ファイルを分割してから読み込んでください。</source>
        <translation>{file} is larger than the limit of {megabytes:,} MB. Split the file, then read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reading.py" line="83"/>
        <location filename="../../desktop/excel/workbook.py" line="1155"/>
        <source>{file} はメモリが足りず読めなかったため、ほかのプログラムを閉じてからもう一度読み込んでください。</source>
        <translation>{file} could not be read for lack of memory. Close other programs, then read it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reading.py" line="94"/>
        <source>{file} を読めませんでした（{reason}）。表計算ソフトで開いて.xlsx 形式で保存し直してください。</source>
        <translation>{file} could not be read ({reason}). Open it in a spreadsheet program and save it again as .xlsx.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reading.py" line="103"/>
        <location filename="../../desktop/excel/workbook.py" line="1166"/>
        <source>{file} には読み込むデータがない（どのシートにも値の入ったセルがない）ため、データの入ったファイルを選んでください。</source>
        <translation>{file} holds no data to read (no sheet has a cell with a value). Choose a file with data.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/table_export.py" line="84"/>
        <source>{rows}行・{columns}列は Excel の1シートに収まりません。絞り込んで件数を減らすか、CSV で書き出してください。</source>
        <translation>{rows} rows and {columns} columns do not fit in one Excel sheet. Narrow the list down, or export it as CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/text_tables.py" line="31"/>
        <source>Excel で開き「CSV UTF-8（コンマ区切り）」か「Excel ブック（.xlsx）」で保存し直してください</source>
        <translation>open it in Excel and save it again as “CSV UTF-8 (Comma delimited)” or “Excel Workbook (.xlsx)”</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/text_tables.py" line="39"/>
        <source>{file} は{reason}ため、{save_as}。</source>
        <translation>{file}{reason}: {save_as}.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/text_tables.py" line="54"/>
        <source>、文字コードのわからないテキストか、テキストではないファイルの</source>
        <translation> is a text of unknown encoding, or not a text file</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/text_tables.py" line="64"/>
        <source>、文字コードが UTF-8 でも Shift_JIS でもなく正しく読めない</source>
        <translation> is in neither UTF-8 nor Shift_JIS and cannot be read correctly</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/text_tables.py" line="68"/>
        <source>、文字コードが EUC-JP など Shift_JIS 以外のものとみられる</source>
        <translation> seems to be in EUC-JP or another encoding than Shift_JIS</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/text_tables.py" line="80"/>
        <source>、{encoding} の印があるのに正しく読めない文字を含む</source>
        <translation> is marked as {encoding} but holds characters that cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/text_tables.py" line="148"/>
        <source>、テキストではない（制御文字が多い）</source>
        <translation> is not text (it has many control characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/text_tables.py" line="160"/>
        <source>{file} は上限の {max_rows:,} 行を超えているため、ファイルを分割してから読み込んでください。</source>
        <translation>{file} has more than the limit of {max_rows:,} rows. Split the file, then read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/text_tables.py" line="171"/>
        <source>{file} の {number}行目 {column}列目は上限の {max_cell_chars:,} 文字を超えているため、セルの内容を短くしてから読み込んでください。</source>
        <translation>Row {number}, column {column} of {file} has more than the limit of {max_cell_chars:,} characters. Shorten the cell, then read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/text_tables.py" line="186"/>
        <source>{file} は {number:,} 行 × {width:,} 列で上限の {max_cells:,} セルを超えているため、ファイルを分割してから読み込んでください。</source>
        <translation>{file} has {number:,} rows × {width:,} columns, more than the limit of {max_cells:,} cells. Split the file, then read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/text_tables.py" line="197"/>
        <source>、CSV として読めない（{reason}）</source>
        <translation> cannot be read as CSV ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/text_tables.py" line="204"/>
        <source>{file} には読み込むデータがないため、データの入ったファイルを選んでください。</source>
        <translation>{file} holds no data to read. Choose a file with data.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="75"/>
        <source>マクロ付きブック（.xlsm）のマクロは実行せず、データだけを読みました。</source>
        <translation>The macros of this macro-enabled workbook (.xlsm) were not run; only its data was read.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="153"/>
        <source>PDF ファイル</source>
        <translation>a PDF file</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="154"/>
        <source>PNG 画像</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="155"/>
        <source>JPEG 画像</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="156"/>
        <source>GIF 画像</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="157"/>
        <location filename="../../desktop/excel/workbook.py" line="158"/>
        <source>TIFF 画像</source>
        <translation>a TIFF image</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="159"/>
        <source>gzip 圧縮ファイル</source>
        <translation>a gzip archive</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="160"/>
        <source>7-Zip 圧縮ファイル</source>
        <translation>a 7-Zip archive</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="161"/>
        <source>RAR 圧縮ファイル</source>
        <translation>a RAR archive</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="162"/>
        <source>リッチテキスト（RTF）ファイル</source>
        <translation>a rich text (RTF) file</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="173"/>
        <source>{file} を読めませんでした（{reason}）。Excel で開いて .xlsx 形式で保存し直してください。</source>
        <translation>{file} could not be read ({reason}). Open it in Excel and save it again as .xlsx.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="183"/>
        <source>{file} は壊れているか途中までしか保存されていないため、元のファイルが Excel で開けるか確かめ、.xlsx 形式で保存し直してから読み込んでください。</source>
        <translation>{file} is damaged or was only partly saved. Check that the original opens in Excel, save it again as .xlsx, then read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="196"/>
        <source>{file} は{kind}で、 Excel ブック（.xlsx / .xlsm）ではないため、読み込む Excel ファイルを選び直してください。</source>
        <translation>{file} is {kind}, not an Excel workbook (.xlsx / .xlsm). Choose the Excel file to read.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="204"/>
        <source>{file} は Excel ブック（.xlsx / .xlsm）ではないため、読み込む Excel ファイルを選び直してください。</source>
        <translation>{file} is not an Excel workbook (.xlsx / .xlsm). Choose the Excel file to read.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="214"/>
        <source>{file} には通常の Excel ファイルにはない XML の DOCTYPE／ENTITY 宣言が含まれていて安全に読めないため、作成元に確認するか、Excel で開いて .xlsx 形式で保存し直してから読み込んでください。</source>
        <translation>{file} holds XML DOCTYPE/ENTITY declarations that normal Excel files do not have and cannot be read safely. Ask whoever made it, or open it in Excel and save it again as .xlsx, then read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="227"/>
        <source>{count} バイト</source>
        <translation>{count} bytes</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="231"/>
        <source>{file} は展開すると大きくなりすぎる（上限 {limit}）か圧縮率が異常に高く安全に読めないため、作成元に確認し、必要ならファイルを分割して保存し直してから読み込んでください。</source>
        <translation>{file} grows too large when unpacked (limit {limit}) or is compressed abnormally well, and cannot be read safely. Ask whoever made it and, if need be, split the file and save it again before reading it.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="243"/>
        <source>{file} のシート「{sheet}」は上限の {max_rows:,} 行を超えているため、ファイルを分割してから読み込んでください。</source>
        <translation>The sheet “{sheet}” of {file} has more than the limit of {max_rows:,} rows. Split the file, then read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="255"/>
        <source>{file} のシート「{sheet}」は {rows:,} 行 × {cols:,} 列で上限の {max_cells:,} セルを超えているため、ファイルを分割してから読み込んでください。</source>
        <translation>The sheet “{sheet}” of {file} has {rows:,} rows × {cols:,} columns, more than the limit of {max_cells:,} cells. Split the file, then read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="269"/>
        <source>{file} のシート「{sheet}」のセル {ref} は上限の {max_chars:,} 文字を超えているため、セルの内容を短くするかファイルを分割してから読み込んでください。</source>
        <translation>The cell {ref} of the sheet “{sheet}” of {file} has more than the limit of {max_chars:,} characters. Shorten the cell or split the file, then read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="340"/>
        <source>{file} はパスワードで保護されているため、Excel で開き、［ファイル］→［情報］→［ブックの保護］でパスワードを解除して保存し直してから読み込んでください。</source>
        <translation>{file} is protected by a password. Open it in Excel, remove the password under File → Info → Protect Workbook, save it again, then read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="348"/>
        <source>{file} は古い Excel 97-2003 形式（.xls）のため、Excel で開き、［名前を付けて保存］で「Excel ブック（.xlsx）」を選んで保存し直してから読み込んでください。</source>
        <translation>{file} is in the old Excel 97-2003 format (.xls). Open it in Excel, use Save As with “Excel Workbook (.xlsx)”, then read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="354"/>
        <source>Excel 以外の古い Office 形式のファイル</source>
        <translation>a file in an old Office format other than Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="380"/>
        <source>{file} は中身のない空のファイル（0 バイト）のため、読み込む Excel ファイルを選び直してください。</source>
        <translation>{file} is an empty file (0 bytes). Choose the Excel file to read.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="395"/>
        <source>{file} は Excel ブックではなく HTML や XML のテキストファイルのため、Excel で開き、「Excel ブック（.xlsx）」として保存し直してから読み込んでください。</source>
        <translation>{file} is not an Excel workbook but an HTML or XML text file. Open it in Excel, save it again as “Excel Workbook (.xlsx)”, then read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="403"/>
        <source>{file} は Excel ブックではなく CSV などのテキストファイルのため、Excel で開き、「Excel ブック（.xlsx）」として保存し直してから読み込んでください。</source>
        <translation>{file} is not an Excel workbook but a CSV or other text file. Open it in Excel, save it again as “Excel Workbook (.xlsx)”, then read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="550"/>
        <source>シート「{sheet}」のセル番地「{ref}」が不正です</source>
        <translation>the cell reference “{ref}” of the sheet “{sheet}” is invalid</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="566"/>
        <source>{file} のシート「{sheet}」は結合セルが上限の {limit:,} か所を超えているため、ファイルを分割してから読み込んでください。</source>
        <translation>The sheet “{sheet}” of {file} has more merged cells than the limit of {limit:,}. Split the file, then read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="892"/>
        <source>{file} は Excel バイナリブック（.xlsb）のため、Excel で開き、「Excel ブック（.xlsx）」として保存し直してから読み込んでください。</source>
        <translation>{file} is an Excel binary workbook (.xlsb). Open it in Excel, save it again as “Excel Workbook (.xlsx)”, then read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="901"/>
        <source>{file} は OpenDocument などの Excel 以外の形式のため、Excel や LibreOffice で開き、「Excel ブック（.xlsx）」として保存し直してから読み込んでください。</source>
        <translation>{file} is in OpenDocument or another format that is not Excel. Open it in Excel or LibreOffice, save it again as “Excel Workbook (.xlsx)”, then read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="907"/>
        <source>Excel 以外の ZIP 形式のファイル</source>
        <translation>a ZIP file that is not Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="1084"/>
        <source>{file} が見つからないため、ファイルの場所を確かめてもう一度選んでください。</source>
        <translation>{file} cannot be found. Check where the file is and choose it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="1090"/>
        <source>{file} はフォルダーのため、Excel ファイル（.xlsx）を選んでください。</source>
        <translation>{file} is a folder. Choose an Excel file (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook.py" line="1099"/>
        <source>{file} を開けなかった（{reason}）ため、ほかのプログラムで開いていないか確かめてからもう一度読み込んでください。</source>
        <translation>{file} could not be opened ({reason}). Check that no other program has it open, then read it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/xls_scan.py" line="165"/>
        <source>{file} はパスワードで保護されているため、Excel で開き、パスワードを解除して保存し直してから読み込んでください。</source>
        <translation>{file} is protected by a password. Open it in Excel, remove the password, save it again, then read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="16"/>
        <source>選んだ行を編集</source>
        <translation>Edit the selected row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="16"/>
        <source>ダブルクリック</source>
        <translation>double-click</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="17"/>
        <source>選んだ行を削除（確認あり）</source>
        <translation>Delete the selected row (asks first)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="18"/>
        <source>選んだ参加者を出席にする（イベント）</source>
        <translation>Mark the selected participants present (Events)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="19"/>
        <source>選んだ参加者の出席を取り消す（イベント）</source>
        <translation>Take back present for the selected participants (Events)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="20"/>
        <source>選んだ招待者の出欠を記録（会議）</source>
        <translation>Record the selected invitee&apos;s reply (meetings)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="21"/>
        <source>選んだ招待者を受付済みにする（会議）</source>
        <translation>Mark the selected invitees as arrived (meetings)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="22"/>
        <source>選んだ招待者の受付を取り消す（会議）</source>
        <translation>Undo the arrival of the selected invitees (meetings)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="23"/>
        <source>フォームを保存</source>
        <translation>Save a form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="24"/>
        <source>フォームを閉じる（変更があれば確認）</source>
        <translation>Close a form (asks first if it was changed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="25"/>
        <source>列の表示・幅を戻す</source>
        <translation>Show, hide or reset columns</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="25"/>
        <source>見出しを右クリック</source>
        <translation>right-click a heading</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="59"/>
        <source>キーボード操作</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/registry.py" line="124"/>
        <source>連絡先（メール・電話）も載せる（取扱注意）</source>
        <translation>Include contacts (e-mail, phone; handle with care)</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/registry.py" line="143"/>
        <source>何枚目から</source>
        <translation>Start at label</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/registry.py" line="187"/>
        <source>ラベル用紙</source>
        <translation>Label sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/registry.py" line="209"/>
        <source>下部の会議（幹事会など）も載せる</source>
        <translation>Include the councils under it (board …)</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/registry.py" line="320"/>
        <source>封筒</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/registry.py" line="321"/>
        <source>長形3号（120×235mm）</source>
        <translation>Naga 3 (120×235 mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/registry.py" line="342"/>
        <source>用紙</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/geometry.py" line="121"/>
        <source>エーワン 72212（12面）</source>
        <translation>A-ONE 72212 (12 per sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/geometry.py" line="129"/>
        <source>エーワン 72210（10面）</source>
        <translation>A-ONE 72210 (10 per sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/geometry.py" line="141"/>
        <source>エーワン 72224（24面）</source>
        <translation>A-ONE 72224 (24 per sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/geometry.py" line="151"/>
        <source>エーワン 28185（18面）</source>
        <translation>A-ONE 28185 (18 per sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/geometry.py" line="161"/>
        <source>エーワン 72244（44面）</source>
        <translation>A-ONE 72244 (44 per sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/geometry.py" line="174"/>
        <source>Avery L7160（21面）</source>
        <translation>Avery L7160 (21 per sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/geometry.py" line="183"/>
        <source>Avery L7163（14面）</source>
        <translation>Avery L7163 (14 per sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/geometry.py" line="194"/>
        <source>Avery 3475（24面）</source>
        <translation>Avery 3475 (24 per sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/geometry.py" line="205"/>
        <source>エーワン 51002（名刺 91×55mm 10面）</source>
        <translation>A-ONE 51002 (business card 91×55 mm, 10 per sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/registry.py" line="345"/>
        <source>A6（4枚）</source>
        <translation>A6 (4 per sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/registry.py" line="389"/>
        <source>上位の側</source>
        <translation>Higher rank on</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/registry.py" line="390"/>
        <source>左上位</source>
        <translation>Left side higher</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/registry.py" line="390"/>
        <source>右上位</source>
        <translation>Right side higher</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/registry.py" line="402"/>
        <source>並び順</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/registry.py" line="403"/>
        <source>名簿順</source>
        <translation>Roster order</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/registry.py" line="403"/>
        <source>五十音順</source>
        <translation>Japanese syllabary order</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/lgcode.py" line="35"/>
        <source>「{body}」は地方公共団体コードの本体（5桁の数字）ではありません。5桁の数字を渡してください。</source>
        <translation>&quot;{body}&quot; is not the body of a local-government code (5 digits). Give 5 digits.</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/lgcode.py" line="56"/>
        <source>「{value}」は地方公共団体コードとして読めません。6桁の数字で入力してください。</source>
        <translation>&quot;{value}&quot; cannot be read as a local-government code. Enter its 6 digits.</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/lgcode.py" line="68"/>
        <source>地方公共団体コードが入力されていません。6桁の数字で入力してください。</source>
        <translation>No local-government code was entered. Enter its 6 digits.</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/lgcode.py" line="73"/>
        <source>地方公共団体コード「{shown}」に数字以外が含まれています。6桁の数字で入力してください。</source>
        <translation>The local-government code &quot;{shown}&quot; holds more than digits. Enter its 6 digits.</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/lgcode.py" line="80"/>
        <source>地方公共団体コード「{shown}」は5桁です。検査数字を含めた6桁で入力してください（「{guess}」ではありませんか）。</source>
        <translation>The local-government code &quot;{shown}&quot; has 5 digits. Enter all 6, the check digit included (is it &quot;{guess}&quot;?).</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/lgcode.py" line="88"/>
        <source>地方公共団体コード「{shown}」は{length}桁です。6桁で入力してください。</source>
        <translation>The local-government code &quot;{shown}&quot; has {length} digits. Enter 6.</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/lgcode.py" line="96"/>
        <source>地方公共団体コード「{shown}」の検査数字が正しくありません（「{guess}」ではありませんか）。コードを確かめて入力し直してください。</source>
        <translation>The check digit of the local-government code &quot;{shown}&quot; is wrong (is it &quot;{guess}&quot;?). Check the code and enter it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="20"/>
        <source>2021/10/1、令和3年10月1日、R3.10.1 のように入力してください。</source>
        <translation>Enter a date (e.g. 2021/10/1, 令和3年10月1日, R3.10.1).</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="21"/>
        <source>13:30 や 13時30分 のように入力してください。</source>
        <translation>Enter a time (e.g. 13:30, 13時30分).</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="66"/>
        <source>1873年（明治6年）1月1日より前の日付には対応していません（改暦の前です）。</source>
        <translation>Dates before 1 January 1873 (Meiji 6, the calendar reform) are not supported.</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="79"/>
        <source>{day} は扱えません。{why}</source>
        <translation>{day} cannot be used. {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="90"/>
        <source>{year}年度は扱えません。{why}</source>
        <translation>Fiscal year {year} cannot be used. {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="171"/>
        <source>日付が入力されていません。{how}</source>
        <translation>No date was entered. {how}</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="174"/>
        <source>「{shown}」は日付として読めません{detail}。{how}</source>
        <translation>&quot;{shown}&quot; cannot be read as a date{detail}. {how}</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="184"/>
        <source>（{month}月はありません）</source>
        <translation> (there is no month {month})</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="190"/>
        <source>（{year}年{month}月は{last}日までです）</source>
        <translation> ({year}-{month} has {last} days)</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="211"/>
        <source>（Excelの日付の範囲外です）</source>
        <translation> (outside the range of Excel dates)</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="214"/>
        <source>（Excelにしかない1900年2月29日です）</source>
        <translation> (29 February 1900, a day only Excel has)</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="235"/>
        <source>（0年はありません。1年は元年とも書きます）</source>
        <translation> (there is no year 0; year 1 is also written as e.g. 令和元年)</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="246"/>
        <source>「{raw}」は日付として読めません（{era}は{last_year}年までです）。{day} のように入力してください。</source>
        <translation>&quot;{raw}&quot; cannot be read as a date ({era} ends in its year {last_year}). Enter it as {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="258"/>
        <source>「{raw}」は{era}が終わった後の日付です（{era}は{last_day}まで）。{day} のように入力してください。</source>
        <translation>&quot;{raw}&quot; is after the end of {era} ({era} lasted until {last_day}). Enter it as {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="270"/>
        <location filename="../../desktop/japanese/wareki.py" line="346"/>
        <source>「{raw}」は扱えません。{why}</source>
        <translation>&quot;{raw}&quot; cannot be used. {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="275"/>
        <source>「{raw}」は{era}が始まる前の日付です（{era}は{start}から）。{day} のように入力してください。</source>
        <translation>&quot;{raw}&quot; is before the start of {era} ({era} began on {start}). Enter it as {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="307"/>
        <source>「{shown}」の曜日が日付と合いません（{day}は{weekday}です）。日付か曜日を直すか、曜日を省いて入力してください。</source>
        <translation>The weekday of &quot;{shown}&quot; does not match the date ({day} is a {weekday}). Correct the date or the weekday, or leave the weekday out.</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="353"/>
        <source>「{raw}」は扱えません。{year}年12月31日より後の日付は入力の誤りとみなします。日付を確かめてください。</source>
        <translation>&quot;{raw}&quot; cannot be used: dates after 31 December {year} are taken for a typing error. Check the date.</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="367"/>
        <source>時刻が入力されていません。{how}</source>
        <translation>No time was entered. {how}</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="370"/>
        <source>「{shown}」は時刻として読めません{detail}。{how}</source>
        <translation>&quot;{shown}&quot; cannot be read as a time{detail}. {how}</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="395"/>
        <source>（Excelの時刻は0以上1未満の数です）</source>
        <translation> (an Excel time is a number from 0 to less than 1)</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="404"/>
        <source>（時は0～23、分は0～59です）</source>
        <translation> (hours are 0–23, minutes 0–59)</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="420"/>
        <source>「{shown}」は時間帯として読めません。13:30～15:00 のように開始と終了を「～」でつないで入力してください。</source>
        <translation>&quot;{shown}&quot; cannot be read as a time range. Enter the start and end joined by &quot;～&quot;, as 13:30～15:00.</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/wareki.py" line="431"/>
        <source>「{shown}」は終了時刻が開始時刻より後になっていません。13:30～15:00 のように開始～終了の順で入力してください。</source>
        <translation>In &quot;{shown}&quot; the end is not after the start. Enter the start, then the end, as 13:30～15:00.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/session_dates.py" line="61"/>
        <source>開催日に年がないため、行事名の年度（{year}）の{day}とします。</source>
        <translation>The date has no year: it is taken as {day}, in the fiscal year of the series&apos; name ({year}).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/session_dates.py" line="164"/>
        <source>開催日「{written}」には別々の日が{count}日あるため、日ごとに別の回として取り込みます（この回は{day}）。</source>
        <translation>The date “{written}” names {count} separate days: each day is imported as a session of its own (this one on {day}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_stack.py" line="93"/>
        <source>元に戻す</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_stack.py" line="93"/>
        <source>やり直す</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/revert.py" line="34"/>
        <source>追加</source>
        <translation>Addition</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/revert.py" line="85"/>
        <source>{record}の{work}</source>
        <translation>{work} of {record}</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/revert.py" line="101"/>
        <source>この変更は変更履歴にありません。一覧を更新してください。</source>
        <translation>This change is not in the change history. Refresh the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/revert.py" line="105"/>
        <source>この変更（{table}）は元に戻せません。</source>
        <translation>This change ({table}) cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/revert.py" line="189"/>
        <source>{table}「{name}」</source>
        <translation>“{name}” ({table})</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/revert.py" line="216"/>
        <source>{record}を削除します。</source>
        <translation>{record} will be deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/revert.py" line="218"/>
        <source>削除された{record}を元どおりに作ります。</source>
        <translation>The deleted {record} will be made again as it was.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/revert.py" line="229"/>
        <source>{record}を戻します（{changes}）。</source>
        <translation>{record} will be put back ({changes}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/revert.py" line="255"/>
        <source>{record}は {when} に {user} さんが削除したため、元に戻せません。</source>
        <translation>{record} was deleted by {user} at {when}, so this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/revert.py" line="264"/>
        <source>{record}はすでに元どおりに作られています。</source>
        <translation>{record} has already been made again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/revert.py" line="267"/>
        <source>{record}はもうありません。</source>
        <translation>{record} no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/revert.py" line="274"/>
        <source>{record}はその後ほかの人（別の PC など）が変更したため、元に戻せません。</source>
        <translation>{record} was changed since by someone else (on another PC, for example), so this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/revert.py" line="292"/>
        <source>{record}はその後 {when} に {user} さんが変更したため、元に戻せません。</source>
        <translation>{record} was changed since by {user} at {when}, so this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/revert.py" line="304"/>
        <source>{record}の{field}はその後 {when} に {user} さんが変更したため、元に戻せません（新しい変更から順に戻してください）。</source>
        <translation>The {field} of {record} was changed since by {user} at {when}, so this cannot be undone (undo the newer change first).</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/revert.py" line="333"/>
        <source>{record}を参照している{other}があるため、削除して元に戻すことはできません。</source>
        <translation>A {other} refers to {record}, so it cannot be deleted to undo this.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/revert.py" line="360"/>
        <location filename="../../desktop/ops/revert.py" line="375"/>
        <source>{record}の{field}だった{target}（ID {id}）が削除されているため、元に戻せません。</source>
        <translation>The {target} (ID {id}) that was the {field} of {record} has been deleted, so this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/revert.py" line="412"/>
        <source>{field}「{value}」はほかの{table}が使っているため、元に戻せません。</source>
        <translation>The {field} “{value}” is used by another {table}, so this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/model.py" line="144"/>
        <source>{heading}（続き）</source>
        <translation>{heading} (continued)</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/marks.py" line="45"/>
        <source>列 {columns} の {marks} を○として読みました。</source>
        <translation>In column {columns}, {marks} was read as ○.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registration_merge.py" line="21"/>
        <source>{count}行を1件にまとめました: {rows}</source>
        <translation>{count} rows merged into one: {rows}</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registration_merge.py" line="23"/>
        <source>{field}が行ごとに違います（「{first}」と「{other}」）。最初の行の「{first}」を取り込みます。</source>
        <translation>The rows give different {field} (“{first}” and “{other}”). The first row&apos;s “{first}” is imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registration_merge.py" line="26"/>
        <source>公表可否が行ごとに違います（「可」と「否」）。はっきり「可」と言えないため「否」（公表しない）として取り込みます。</source>
        <translation>The rows give different publication consent (yes and no). As this is no clear yes, it is imported as no (not published).</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/badges.py" line="33"/>
        <location filename="../../desktop/imports/registration_merge.py" line="48"/>
        <source>ふりがな</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registration_merge.py" line="55"/>
        <source>担当者のふりがな</source>
        <translation>Contact&apos;s reading</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/registration_merge.py" line="126"/>
        <source>担当者が行ごとに違うため、「{other}」もこの団体の担当者として登録します（登録の担当者は最初の行の「{first}」）。</source>
        <translation>The rows name different contacts: “{other}” is also registered as a contact of this organization (the registration&apos;s contact is the first row&apos;s “{first}”).</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/sheet_notes.py" line="11"/>
        <source>{message}（{count}行: 行 {rows}）</source>
        <translation>{message} ({count} rows: rows {rows})</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/terms.py" line="40"/>
        <source>任期「{written}」は終わりが始まりより前です。</source>
        <translation>The term “{written}” ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/envelopes.py" line="61"/>
        <source>{name} 封筒</source>
        <translation>{name} envelopes</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/label_calibration.py" line="32"/>
        <source>ラベル</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/label_calibration.py" line="36"/>
        <source>{name} 位置合わせ</source>
        <translation>{name} alignment page</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/name_cards.py" line="74"/>
        <source>{name} 卓上名札</source>
        <translation>{name} tent cards</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/meetings.py" line="198"/>
        <source>回答期限が開催日より後になっています。</source>
        <translation>The reply deadline is after the meeting&apos;s date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/meetings.py" line="230"/>
        <source>第{number}回はこの会議にすでにあります。</source>
        <translation>Meeting No. {number} of this council already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/meetings.py" line="286"/>
        <source>{name}さんはこの会議にすでに招かれています。</source>
        <translation>{name} is already invited to this meeting.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/meetings.py" line="334"/>
        <source>出欠を選んでください。</source>
        <translation>Choose the reply.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/meetings.py" line="339"/>
        <source>代理出席者の氏名を入力してください。</source>
        <translation>Enter the deputy&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/meetings.py" line="341"/>
        <source>代理出席者の役職を入力してください。</source>
        <translation>Enter the deputy&apos;s post.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/meetings.py" line="367"/>
        <source>別の回の出席者が選ばれています。</source>
        <translation>Invitees of another meeting are selected.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/meetings.py" line="370"/>
        <source>{name}さんの出欠は読み込んだ後に別の操作で変更されています。何も記録していません。一覧を更新してから、もう一度選んでください。</source>
        <translation>The reply of {name} was changed by someone else after it was loaded. Nothing was recorded. Refresh the list and select again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/meetings.py" line="380"/>
        <source>{count}名を受付済みにしました。</source>
        <translation>{count} marked as arrived.</translation>
    </message>
    <message>
        <location filename="../../desktop/ops/meetings.py" line="381"/>
        <source>{count}名の受付を取り消しました。</source>
        <translation>Arrival taken back for {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_file.py" line="37"/>
        <source>今後の予定</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_file.py" line="39"/>
        <source>予定表（.ics）に書き出す</source>
        <translation>Export calendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_file.py" line="39"/>
        <source>予定表 (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calendar_file.py" line="53"/>
        <source>予定表を書き出しました（{count}件）: {path}</source>
        <translation>Calendar exported ({count} events): {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/mail_actions.py" line="23"/>
        <source>メールアドレスをコピー</source>
        <translation>Copy e-mail addresses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/mail_actions.py" line="25"/>
        <source>全員のアドレスを「名前 &lt;アドレス&gt;; …」の形でコピーします（宛先・BCC に貼り付け）</source>
        <translation>Copies everyone&apos;s address as &quot;Name &lt;address&gt;; …&quot; (paste into To or BCC)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/mail_actions.py" line="28"/>
        <source>メールを作成</source>
        <translation>Write e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/mail_actions.py" line="30"/>
        <source>全員を BCC にしたメールをメールソフトで開きます（{limit}人まで）</source>
        <translation>Opens a message to everyone in BCC in your mail program (up to {limit} people)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/mail_actions.py" line="46"/>
        <source>（メールアドレスのない{count}人を除く）</source>
        <translation> (leaving out {count} without an e-mail address)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/mail_actions.py" line="52"/>
        <location filename="../../desktop/ui/tabs/mail_actions.py" line="66"/>
        <source>メールアドレスの登録された人がいません。</source>
        <translation>Nobody here has an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/mail_actions.py" line="58"/>
        <source>{count}件のメールアドレスをコピーしました{without}。宛先か BCC に貼り付けてください。</source>
        <translation>Copied {count} e-mail address(es){without}. Paste them into To or BCC.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/mail_actions.py" line="72"/>
        <source>宛先が{count}件あり、メールソフトに一度に渡せる{limit}件を超えています。「メールアドレスをコピー」で BCC に貼り付けてください。</source>
        <translation>There are {count} addresses, more than the {limit} a mail program can take at once. Use &quot;Copy e-mail addresses&quot; and paste them into BCC.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/mail_actions.py" line="78"/>
        <source>メールソフトを開けません。「メールアドレスをコピー」をお使いください。</source>
        <translation>The mail program cannot be opened. Use &quot;Copy e-mail addresses&quot; instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/mail_actions.py" line="81"/>
        <source>{count}人を BCC にしたメールを開きました{without}。</source>
        <translation>Opened a message to {count} people in BCC{without}.</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/invitation.py" line="106"/>
        <source>{meeting} 開催通知</source>
        <translation>{meeting} notices</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/reply_form.py" line="28"/>
        <source>宛先</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/reply_form.py" line="30"/>
        <source>メール</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/reply_form.py" line="66"/>
        <source>{meeting} 出欠回答票</source>
        <translation>{meeting} reply forms</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/seating.py" line="74"/>
        <source>上位</source>
        <translation>Higher side</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/seating.py" line="77"/>
        <source>議長席</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/seating.py" line="81"/>
        <source>議長から見て左 {row}</source>
        <translation>Chair&apos;s left {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/seating.py" line="81"/>
        <source>議長から見て右 {row}</source>
        <translation>Chair&apos;s right {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/seating.py" line="86"/>
        <source>{meeting} 座席表</source>
        <translation>{meeting} seating plan</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/note_groups.py" line="17"/>
        <source>同じ種類の注意が {count}行にあります（{rows}行目ほか）。例（{row}行目）: {message}</source>
        <translation>The same kind of note on {count} rows (rows {rows} and others). For example (row {row}): {message}</translation>
    </message>
    <message>
        <location filename="../../db/calendar_export.py" line="83"/>
        <source>行事「{name}」が見つかりません。</source>
        <translation>Event series &quot;{name}&quot; not found.</translation>
    </message>
    <message>
        <location filename="../../db/calendar_export.py" line="92"/>
        <source>会議「{name}」が見つかりません。</source>
        <translation>Council &quot;{name}&quot; not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/sheets/addressing.py" line="84"/>
        <source>敬称「{honorific}」は使えません（{allowed} のどれか）。</source>
        <translation>The honorific “{honorific}” cannot be used (one of {allowed}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/csv_file.py" line="28"/>
        <source>CSV を書き出すフォルダ</source>
        <translation>Folder to export the CSV files into</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/csv_file.py" line="49"/>
        <source>CSV を書き出しました（{count}ファイル）: {folder}</source>
        <translation>CSV exported ({count} files): {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/csv_file.py" line="57"/>
        <source>CSV を書き出せません</source>
        <translation>Cannot export CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/csv_file.py" line="65"/>
        <source>ほか {count}件</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/csv_file.py" line="68"/>
        <location filename="../../desktop/ui/dialogs/csv_export.py" line="27"/>
        <source>CSVに書き出す</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/csv_file.py" line="69"/>
        <source>Shift_JIS（CP932）で書けない文字を「〓」にしました（{count}件）。</source>
        <translation>Characters Shift_JIS (CP932) cannot hold were written as &quot;〓&quot; ({count} records).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/csv_file.py" line="75"/>
        <source>UTF-8（BOM 付き）で書き出せば、そのまま残ります。</source>
        <translation>Export as UTF-8 (with BOM) to keep them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_export.py" line="19"/>
        <source>UTF-8（BOM 付き）— Excel で文字化けせずに開けます（おすすめ）</source>
        <translation>UTF-8 (with BOM) — Excel opens it correctly (recommended)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_export.py" line="20"/>
        <source>Shift_JIS（CP932）— 古いシステム向け。書けない文字は〓になります</source>
        <translation>Shift_JIS (CP932) — for older systems; characters it cannot hold become 〓</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_export.py" line="31"/>
        <source>団体・担当者・登録・会議の構成員・行事の参加者の表を、選んだフォルダに表ごとの CSV ファイルとして書き出します。</source>
        <translation>Writes the tables of organizations, contacts, registrations, council members and event participants into the chosen folder, one CSV file per table.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_export.py" line="37"/>
        <source>文字コード:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_export.py" line="47"/>
        <source>フォルダを選んで書き出す…</source>
        <translation>Choose a folder and export…</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/cells.py" line="17"/>
        <source>郵便番号「{code}」は7桁の数字ではないため、取り込みませんでした。100-8914 のように入力してください。</source>
        <translation>The postal code &quot;{code}&quot; is not 7 digits, so it was not imported. Enter it like 100-8914.</translation>
    </message>
    <message>
        <location filename="../../desktop/japanese/postal.py" line="49"/>
        <source>郵便番号「{code}」は7桁の数字ではありません。100-8914 のように入力してください。</source>
        <translation>The postal code &quot;{code}&quot; is not 7 digits. Enter it like 100-8914.</translation>
    </message>
    <message>
        <location filename="../../desktop/imports/file_rows.py" line="49"/>
        <source>{file} は読み込んだ後で変更されたか移動されたため、元の行を書き出せません。もう一度読み込んでから書き出してください。</source>
        <translation>{file} was changed or moved after it was read, so its original rows cannot be written out. Read it again, then write the report.</translation>
    </message>
</context>
</TS>
