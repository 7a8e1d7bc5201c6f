<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>AdoptionCheckInPage</name>
        <message>
            <source>Check-in</source>
            <translation>定着確認</translation>
        </message>
        <message>
            <source>Thank you. The check-in is sent at the next sync.</source>
            <translation>ありがとうございます。確認の回答は次の同期で送られます。</translation>
        </message>
        <message>
            <source>Effect report saved: %1 and %2</source>
            <translation>効果報告を保存しました：%1 と %2</translation>
        </message>
        <message>
            <source>Adopted %1</source>
            <translation>導入日 %1</translation>
        </message>
        <message>
            <source>Check-in %1 months after adoption</source>
            <translation>導入%1か月後の確認</translation>
        </message>
        <message>
            <source>Is it still in use? (required)</source>
            <translation>今も使っていますか？（必須）</translation>
        </message>
        <message>
            <source>By how many staff</source>
            <translation>使っている職員の人数</translation>
        </message>
        <message>
            <source>What gets in the way</source>
            <translation>使いにくい点・困りごと</translation>
        </message>
        <message>
            <source>A KPI figure (optional; with its date and source)</source>
            <translation>指標の数値（任意。測定日と出典をつけて）</translation>
        </message>
        <message>
            <source>Send the check-in</source>
            <translation>確認の回答を送る</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>確認の予定</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>送信待ち</translation>
        </message>
        <message>
            <source>%1 staff</source>
            <translation>職員 %1人</translation>
        </message>
        <message>
            <source>Effect report</source>
            <translation>効果報告（PDF・CSV）</translation>
        </message>
    </context>
    <context>
        <name>AdoptionController</name>
        <message>
            <source>This adoption is not on this device.</source>
            <translation>この導入記録はこの端末にありません。</translation>
        </message>
        <message>
            <source>This check-in is not in the adoption's schedule.</source>
            <translation>この確認は導入記録の予定にありません。</translation>
        </message>
        <message>
            <source>There is no adoption to report for that year.</source>
            <translation>その年度に報告する導入記録がありません。</translation>
        </message>
    </context>
    <context>
        <name>AdoptionDelegate</name>
        <message>
            <source>Answer the check-in</source>
            <translation>確認に回答する</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <source>Open a follow-up consultation</source>
            <translation>フォローの相談を始める</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>確認の記録</translation>
        </message>
    </context>
    <context>
        <name>AdoptionFormPage</name>
        <message>
            <source>Record an adoption</source>
            <translation>導入を登録</translation>
        </message>
        <message>
            <source>Adoption saved. Its check-ins are scheduled.</source>
            <translation>導入を登録しました。定着確認の予定が入りました。</translation>
        </message>
        <message>
            <source>What was adopted</source>
            <translation>導入したもの</translation>
        </message>
        <message>
            <source>The device and how many, e.g. bed sensors, 20 units</source>
            <translation>機器と台数（例：見守りセンサー 20台）</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>導入日</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>財源</translation>
        </message>
        <message>
            <source>e.g. the prefecture's ICT subsidy, own funds</source>
            <translation>例：県のICT導入支援補助金、自己資金</translation>
        </message>
        <message>
            <source>Subsidy's fiscal year</source>
            <translation>補助金の年度</translation>
        </message>
        <message>
            <source>What it is for</source>
            <translation>導入の目的</translation>
        </message>
        <message>
            <source>Save the adoption</source>
            <translation>導入を登録する</translation>
        </message>
    </context>
    <context>
        <name>AdoptionsPage</name>
        <message>
            <source>Stalled adoptions</source>
            <translation>定着が止まっている導入</translation>
        </message>
        <message>
            <source>Follow-up after adoption</source>
            <translation>定着フォロー</translation>
        </message>
        <message>
            <source>Follow-up consultation opened. It is sent at the next sync.</source>
            <translation>フォローの相談を始めました。次の同期で送られます。</translation>
        </message>
        <message>
            <source>Effect report saved: %1 and %2</source>
            <translation>効果報告を保存しました：%1 と %2</translation>
        </message>
        <message>
            <source>Devices a facility no longer uses, or whose check-in is more than 30 days late. One tap opens a follow-up consultation with the facility.</source>
            <translation>使わなくなった機器、または定着確認が30日以上遅れている導入です。ワンタップで事業所とのフォロー相談を始められます。</translation>
        </message>
        <message>
            <source>A two-minute check-in 1, 3 and 6 months after adoption, then yearly for three years. Subsidies ask for these effect reports.</source>
            <translation>導入の1・3・6か月後、その後3年間は毎年、2分で答えられる定着確認があります。補助金の効果報告に使えます。</translation>
        </message>
        <message>
            <source>Record an adoption</source>
            <translation>導入を登録</translation>
        </message>
        <message>
            <source>No stalled adoptions.</source>
            <translation>定着が止まっている導入はありません。</translation>
        </message>
        <message>
            <source>No adoptions recorded yet.</source>
            <translation>まだ導入の登録がありません。</translation>
        </message>
        <message>
            <source>FY%1 effect report</source>
            <translation>%1年度の効果報告</translation>
        </message>
    </context>
    <context>
        <name>ApplicantsPage</name>
        <message>
            <source>Applicants: %1</source>
            <translation>応募一覧：%1</translation>
        </message>
        <message>
            <source>Decision saved. The facility hears it after the next sync.</source>
            <translation>選定結果を保存しました。次の同期の後に事業所へ届きます。</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>応募</translation>
        </message>
        <message>
            <source>Waiting for a decision</source>
            <translation>選定待ち</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>選定</translation>
        </message>
        <message>
            <source>Places left</source>
            <translation>残り枠</translation>
        </message>
        <message>
            <source>No applications yet.</source>
            <translation>まだ応募はありません。</translation>
        </message>
    </context>
    <context>
        <name>AssessmentHistoryPage</name>
        <message>
            <source>Earlier results</source>
            <translation>過去の結果</translation>
        </message>
        <message>
            <source>No self-assessment submitted yet.</source>
            <translation>まだ自己評価を提出していません。</translation>
        </message>
        <message>
            <source>Latest: %1</source>
            <translation>最新：%1</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>導入前</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>最新</translation>
        </message>
        <message>
            <source>All submissions</source>
            <translation>これまでの提出</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>提出済み</translation>
        </message>
        <message>
            <source>Scores are 0 to 100 per area; – means not answered.</source>
            <translation>点数は分野ごとに 0〜100 点です。「–」は未回答です。</translation>
        </message>
        <message>
            <source>Prefecture comparison</source>
            <translation>県との比較</translation>
        </message>
        <message>
            <source>Not available yet: prefecture averages are not sent to this device.</source>
            <translation>まだ利用できません：県の平均はこの端末に送られていません。</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>総合</translation>
        </message>
        <message>
            <source>%1 of %2 requirements met</source>
            <translation>要件 %2 件中 %1 件を満たしています</translation>
        </message>
        <message>
            <source>Not met yet:</source>
            <translation>まだ満たしていない要件：</translation>
        </message>
    </context>
    <context>
        <name>AssessmentItemDelegate</name>
        <message>
            <source>Yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>No</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>数値</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
    </context>
    <context>
        <name>AssessmentPage</name>
        <message>
            <source>Self-assessment</source>
            <translation>自己評価</translation>
        </message>
        <message>
            <source>No self-assessment has reached this device yet.</source>
            <translation>自己評価の様式がまだこの端末に届いていません。</translation>
        </message>
        <message>
            <source>This draft</source>
            <translation>この下書き</translation>
        </message>
        <message>
            <source>%1 of %2 answered · saved on this device</source>
            <translation>%2 問中 %1 問回答・この端末に保存済み</translation>
        </message>
        <message>
            <source>Earlier results</source>
            <translation>過去の結果</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>提出</translation>
        </message>
        <message>
            <source>After submitting, the answers can no longer be changed.</source>
            <translation>提出すると、回答は変更できなくなります。</translation>
        </message>
        <message>
            <source>Submit the self-assessment</source>
            <translation>自己評価を提出する</translation>
        </message>
        <message>
            <source>Submitted. Your result is shown below.</source>
            <translation>提出しました。結果を下に表示しています。</translation>
        </message>
        <message>
            <source>Your result</source>
            <translation>今回の結果</translation>
        </message>
        <message>
            <source>Submitted %1.</source>
            <translation>%1 に提出しました。</translation>
        </message>
        <message>
            <source>It is sent to the centre at the next sync.</source>
            <translation>次の同期でセンターに送られます。</translation>
        </message>
        <message>
            <source>Submitted.</source>
            <translation>提出しました。</translation>
        </message>
        <message>
            <source>Overall: %1 of 100 points</source>
            <translation>総合：100点中 %1 点</translation>
        </message>
        <message>
            <source>This result</source>
            <translation>今回の結果</translation>
        </message>
        <message>
            <source>Start a new self-assessment</source>
            <translation>新しく自己評価を始める</translation>
        </message>
        <message>
            <source>(score %1 of 100)</source>
            <translation>（100点中 %1 点）</translation>
        </message>
        <message>
            <source>Submit the self-assessment now?</source>
            <translation>自己評価を提出しますか？</translation>
        </message>
        <message>
            <source>All %1 questions are answered. After submitting, the answers can no longer be changed.</source>
            <translation>%1 問すべてに回答しています。提出すると、回答は変更できなくなります。</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>…ほか %n 問</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 questions are answered. Not answered yet:</source>
            <translation>%2 問中 %1 問に回答しています。まだ回答していない問：</translation>
        </message>
        <message>
            <source>Keep answering</source>
            <translation>回答を続ける</translation>
        </message>
        <message>
            <source>%1 of %2 requirements met</source>
            <translation>要件 %2 件中 %1 件を満たしています</translation>
        </message>
        <message>
            <source>Which self-assessment?</source>
            <translation>どの自己点検に回答しますか</translation>
        </message>
        <message>
            <source>Each has its own draft on this device: switching keeps what you answered.</source>
            <translation>点検表ごとに下書きがこの端末に保存されます。切り替えても回答は消えません。</translation>
        </message>
        <message>
            <source>Not met yet:</source>
            <translation>まだ満たしていない要件：</translation>
        </message>
        <message>
            <source>Basis: %1</source>
            <translation>根拠：%1</translation>
        </message>
    </context>
    <context>
        <name>AttendantPanel</name>
        <message>
            <source>Attendant</source>
            <translation>係員</translation>
        </message>
        <message>
            <source>Close and lock</source>
            <translation>閉じてロック</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>送信</translation>
        </message>
        <message>
            <source>Entries waiting to be sent: %1. Keep the kiosk on until they are sent.</source>
            <translation>送信待ちの入力：%1 件。送信が終わるまで端末の電源を切らないでください。</translation>
        </message>
        <message>
            <source>Every entry has reached the centre and has been erased from this kiosk.</source>
            <translation>すべての入力がセンターに届き、この端末からは消去されました。</translation>
        </message>
        <message>
            <source>Send now</source>
            <translation>今すぐ送信</translation>
        </message>
        <message>
            <source>Exhibition</source>
            <translation>展示会</translation>
        </message>
        <message>
            <source>No upcoming session is on this kiosk yet: connect it once to load the programme.</source>
            <translation>この端末には今後の開催回がまだありません。一度ネットにつないで予定を読み込んでください。</translation>
        </message>
        <message>
            <source>Visits are recorded for the chosen session.</source>
            <translation>来場は選んだ回の記録になります。</translation>
        </message>
        <message>
            <source>Idle time</source>
            <translation>無操作で戻るまでの時間</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>Attendant PIN</source>
            <translation>係員用PIN</translation>
        </message>
        <message>
            <source>New PIN, 4 to 12 digits</source>
            <translation>新しいPIN（4〜12桁の数字）</translation>
        </message>
        <message>
            <source>Change PIN</source>
            <translation>PINを変更</translation>
        </message>
        <message>
            <source>Leave kiosk mode</source>
            <translation>展示会モードを終了</translation>
        </message>
        <message>
            <source>Closes the app. Entries that wait stay on the kiosk and are sent at the next start.</source>
            <translation>アプリを終了します。送信待ちの入力は端末に残り、次回の起動時に送信されます。</translation>
        </message>
        <message>
            <source>Back to the start screen after this long without a touch</source>
            <translation>さわらないまま、この時間がたつと最初の画面に戻ります</translation>
        </message>
        <message>
            <source>Of which the "still there?" countdown</source>
            <translation>そのうち「まだ使っていますか？」のカウントダウン</translation>
        </message>
    </context>
    <context>
        <name>CaseController</name>
        <message>
            <source>Background</source>
            <translation>背景</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>取り組みの内容</translation>
        </message>
        <message>
            <source>Effects</source>
            <translation>効果・成果</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>今後の予定</translation>
        </message>
        <message>
            <source>Hurdles</source>
            <translation>課題・ハードル</translation>
        </message>
        <message>
            <source>Solutions</source>
            <translation>解決策</translation>
        </message>
        <message>
            <source>Key points</source>
            <translation>ポイント</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>Measured effects</source>
            <translation>効果の数値</translation>
        </message>
        <message numerus="yes">
            <source>%n measurement(s)</source>
            <translation>
                <numerusform>%n 件の数値</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>読み込み中…</translation>
        </message>
        <message>
            <source>The full text of this case is not available offline. It will load when you are connected.</source>
            <translation>この事例の全文はオフラインでは表示できません。接続したときに読み込みます。</translation>
        </message>
    </context>
    <context>
        <name>CaseEditPage</name>
        <message>
            <source>Edit case</source>
            <translation>事例を編集</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>新しい事例</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>写真を選ぶ</translation>
        </message>
        <message>
            <source>Photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>写真とPDF (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>分類</translation>
        </message>
        <message>
            <source>Measured effects</source>
            <translation>効果の数値</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>What was measured</source>
            <translation>測ったもの</translation>
        </message>
        <message>
            <source>Unit (%, hours/month …)</source>
            <translation>単位（%、時間/月 など）</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>導入前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>導入後</translation>
        </message>
        <message>
            <source>Add measurement</source>
            <translation>数値を追加</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>写真</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) attached</source>
            <translation>
                <numerusform>%n 件のファイル</numerusform>
            </translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>説明</translation>
        </message>
        <message>
            <source>Add photo…</source>
            <translation>写真を追加…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>変更を取り消す</translation>
        </message>
        <message>
            <source>Saved cases wait on this device until the next sync; nothing is lost without a connection.</source>
            <translation>保存した事例は次の同期までこの端末に残ります。通信がなくても失われません。</translation>
        </message>
        <message>
            <source>Devices used</source>
            <translation>使った機器</translation>
        </message>
        <message>
            <source>The centre's catalogue: choose the devices this case used, so that their pages show it.</source>
            <translation>センターの機器一覧から、この事例で使った機器を選んでください。機器のページにこの事例が表示されます。</translation>
        </message>
        <message>
            <source>Saved. The case waits on this device and is sent at the next sync.</source>
            <translation>保存しました。事例はこの端末に保存され、次の同期で送られます。</translation>
        </message>
        <message>
            <source>Choose a category</source>
            <translation>分類を選んでください</translation>
        </message>
        <message>
            <source>Lower is better (e.g. overtime, falls)</source>
            <translation>少ないほうが良い（残業時間、転倒など）</translation>
        </message>
        <message>
            <source>Not saved yet: please check the message marked ⚠ above.</source>
            <translation>まだ保存されていません。上の ⚠ の説明を確かめてください。</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>変更を取り消しますか？</translation>
        </message>
        <message>
            <source>What you typed since the last save will be lost.</source>
            <translation>前回の保存のあとに入力した内容は消えます。</translation>
        </message>
        <message>
            <source>Keep my changes</source>
            <translation>変更を残す</translation>
        </message>
        <message>
            <source>Who can see this case</source>
            <translation>この事例を見られる人（公開範囲）</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1%2</translation>
        </message>
        <message>
            <source>Publishing needs no review.</source>
            <translation>センターの確認なしで公開されます。</translation>
        </message>
        <message>
            <source>Source: %1 (%2 → %3)</source>
            <translation>出典: %1（%2 → %3）</translation>
        </message>
        <message>
            <source>⚠ No source or dates: remove this figure and add it again with them.</source>
            <translation>⚠ 出典と時期がありません。この数値を削除し、出典と時期を付けて追加し直してください。</translation>
        </message>
        <message>
            <source>Add each figure before and after, with its source and the month it was measured; Save also keeps a figure you typed here.</source>
            <translation>導入前と導入後の数値を、出典と測った時期（年月）とともに入れてください。「数値を追加」を押さなくても、保存すると入力中の数値も保存されます。</translation>
        </message>
        <message>
            <source>Before: month measured (2023-12)</source>
            <translation>導入前を測った年月（例: 2023-12）</translation>
        </message>
        <message>
            <source>After: month measured (2024-03)</source>
            <translation>導入後を測った年月（例: 2024-03）</translation>
        </message>
        <message>
            <source>Source (staff survey, care records …)</source>
            <translation>出典（職員アンケート、介護記録など）</translation>
        </message>
    </context>
    <context>
        <name>CaseListPage</name>
        <message>
            <source>Good-practice cases</source>
            <translation>好事例</translation>
        </message>
        <message>
            <source>Search cases (e.g. 見守り, インカム, 移乗)</source>
            <translation>事例を検索（例：見守り、インカム、移乗）</translation>
        </message>
        <message>
            <source>Write a case</source>
            <translation>事例を書く</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>分類</translation>
        </message>
        <message>
            <source>Prefecture</source>
            <translation>都道府県</translation>
        </message>
        <message>
            <source>Equipment area</source>
            <translation>機器の分野</translation>
        </message>
        <message>
            <source>Service type</source>
            <translation>サービス種別</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) found</source>
            <translation>
                <numerusform>%n 件見つかりました</numerusform>
            </translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>新しい順</translation>
        </message>
        <message>
            <source>FY%1</source>
            <translation>%1年度</translation>
        </message>
        <message>
            <source>No case matches “%1”. Try a shorter word.</source>
            <translation>「%1」に合う事例はありません。短い言葉で試してください。</translation>
        </message>
        <message>
            <source>No cases on this device yet.</source>
            <translation>この端末にはまだ事例がありません。</translation>
        </message>
    </context>
    <context>
        <name>CasePage</name>
        <message>
            <source>FY%1</source>
            <translation>%1年度</translation>
        </message>
        <message>
            <source>Two people changed the same part</source>
            <translation>同じ箇所が2人によって変更されました</translation>
        </message>
        <message>
            <source>Stored: %1</source>
            <translation>保存済み：%1</translation>
        </message>
        <message>
            <source>Other change: %1</source>
            <translation>もう一方の変更：%1</translation>
        </message>
        <message>
            <source>Keep stored</source>
            <translation>保存済みを残す</translation>
        </message>
        <message>
            <source>Use other</source>
            <translation>もう一方を使う</translation>
        </message>
        <message>
            <source>Merge both</source>
            <translation>両方をまとめる</translation>
        </message>
        <message>
            <source>Measured effects</source>
            <translation>効果の数値</translation>
        </message>
        <message>
            <source>Photos and documents</source>
            <translation>写真・資料</translation>
        </message>
        <message>
            <source>Photo not downloaded yet</source>
            <translation>写真はまだ取得していません</translation>
        </message>
        <message>
            <source>Funding and visits</source>
            <translation>費用・見学</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>編集</translation>
        </message>
        <message>
            <source>Devices used</source>
            <translation>使った機器</translation>
        </message>
        <message>
            <source>Who can see it: %1. %2</source>
            <translation>公開範囲: %1。%2</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>まだしない</translation>
        </message>
    </context>
    <context>
        <name>CheckInPage</name>
        <message>
            <source>Check-in</source>
            <translation>受付</translation>
        </message>
        <message>
            <source>Choose the session</source>
            <translation>回を選んでください</translation>
        </message>
        <message>
            <source>Checked in: %1 of %2</source>
            <translation>受付済み：%1 / %2 人</translation>
        </message>
        <message>
            <source>Ready to scan</source>
            <translation>読み取りできます</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>カメラ</translation>
        </message>
        <message>
            <source>No camera found: type the ticket code.</source>
            <translation>カメラがありません。受講票のコードを入力してください。</translation>
        </message>
        <message>
            <source>Ticket code</source>
            <translation>受講票のコード</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>受付する</translation>
        </message>
        <message>
            <source>This session's check-ins</source>
            <translation>この回の受付記録</translation>
        </message>
        <message>
            <source>Duplicates: %1 (the same ticket scanned again, here or at another door)</source>
            <translation>重複：%1 件（同じ受講票がこの受付または別の受付で再度読み取られました）</translation>
        </message>
        <message>
            <source>No check-ins yet.</source>
            <translation>まだ受付はありません。</translation>
        </message>
    </context>
    <context>
        <name>ComparePage</name>
        <message>
            <source>Compare devices</source>
            <translation>機器を比べる</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>分野</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>できること</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>価格</translation>
        </message>
        <message>
            <source>Running cost</source>
            <translation>運用費</translation>
        </message>
        <message>
            <source>Subsidy</source>
            <translation>補助</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>事例</translation>
        </message>
        <message>
            <source>Trial loan</source>
            <translation>試用貸出</translation>
        </message>
        <message numerus="yes">
            <source>%n published case(s)</source>
            <translation>
                <numerusform>公開事例 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose two or three devices: open a device and press “Compare with other devices”.</source>
            <translation>比べたい機器を2〜3台選んでください。機器のページで「ほかの機器と比べる」を押します。</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>外す</translation>
        </message>
        <message>
            <source>Prices and subsidies are the catalogue's figures; ask the centre for the conditions that apply to you.</source>
            <translation>価格と補助は機器一覧に載っている目安です。実際の条件はセンターにお問い合わせください。</translation>
        </message>
        <message>
            <source>Maker</source>
            <translation>メーカー</translation>
        </message>
        <message>
            <source>Count the cases of this service type</source>
            <translation>事例を数えるサービスの種類</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <source>Continue</source>
            <translation>続ける</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>もどる</translation>
        </message>
    </context>
    <context>
        <name>ConsultationController</name>
        <message>
            <source>Received</source>
            <translation>受付</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>返信</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>つなぎ</translation>
        </message>
        <message>
            <source>Follow-up date</source>
            <translation>フォローアップ日</translation>
        </message>
        <message>
            <source>Records linked</source>
            <translation>記録をひも付け</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>事例</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>機器</translation>
        </message>
        <message>
            <source>Seminar</source>
            <translation>研修</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>貸出</translation>
        </message>
        <message>
            <source>You</source>
            <translation>自分</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>送信待ち</translation>
        </message>
        <message>
            <source>This consultation is not on this device.</source>
            <translation>この相談はこの端末にありません。</translation>
        </message>
        <message>
            <source>This consultation is closed.</source>
            <translation>この相談は完了しています。</translation>
        </message>
    </context>
    <context>
        <name>ConsultationFormPage</name>
        <message>
            <source>New consultation</source>
            <translation>新しい相談</translation>
        </message>
        <message>
            <source>Consultation saved. It is sent to the centre at the next sync.</source>
            <translation>相談を保存しました。次の同期でセンターに送られます。</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>施設</translation>
        </message>
        <message>
            <source>Chosen: %1</source>
            <translation>選択中：%1</translation>
        </message>
        <message>
            <source>Type part of the name, then tap the facility.</source>
            <translation>名前の一部を入力し、施設を選んでください。</translation>
        </message>
        <message>
            <source>Facility name</source>
            <translation>施設名</translation>
        </message>
        <message>
            <source>How did it come in?</source>
            <translation>相談の受け方</translation>
        </message>
        <message>
            <source>What is it about? (required)</source>
            <translation>相談の分野（必須）</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>相談内容</translation>
        </message>
        <message>
            <source>What you want to know, and what you have tried.</source>
            <translation>知りたいこと、これまでに試したことを書いてください。</translation>
        </message>
        <message>
            <source>How and when to reach you</source>
            <translation>連絡方法・連絡のつく時間</translation>
        </message>
        <message>
            <source>For example: phone, weekday afternoons</source>
            <translation>例：電話、平日の午後</translation>
        </message>
        <message>
            <source>Record the consultation</source>
            <translation>相談を記録する</translation>
        </message>
        <message>
            <source>Send to the centre</source>
            <translation>センターに送る</translation>
        </message>
        <message>
            <source>Attach a photo or PDF</source>
            <translation>写真やPDFを添付</translation>
        </message>
        <message>
            <source>Photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>写真とPDF (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message>
            <source>Photos or documents (optional)</source>
            <translation>写真・資料（任意）</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>外す</translation>
        </message>
        <message>
            <source>Attach a photo or PDF…</source>
            <translation>写真やPDFを添付…</translation>
        </message>
    </context>
    <context>
        <name>ConsultationListPage</name>
        <message>
            <source>Consultations</source>
            <translation>相談</translation>
        </message>
        <message>
            <source>Ask the prefecture's one-stop centre about care technology, subsidies, staffing or where to start. Past consultations stay here when staff change.</source>
            <translation>介護テクノロジー、補助金、人材、何から始めればよいかなどを、県のワンストップ窓口に相談できます。職員が替わっても、これまでの相談はここに残ります。</translation>
        </message>
        <message>
            <source>Ask the centre</source>
            <translation>センターに相談する</translation>
        </message>
        <message>
            <source>Support record</source>
            <translation>支援カルテ</translation>
        </message>
        <message>
            <source>No consultations yet.</source>
            <translation>まだ相談はありません。</translation>
        </message>
    </context>
    <context>
        <name>ConsultationPage</name>
        <message>
            <source>Consultation</source>
            <translation>相談</translation>
        </message>
        <message>
            <source>Reply saved. It is sent at the next sync.</source>
            <translation>返信を保存しました。次の同期で送られます。</translation>
        </message>
        <message>
            <source>The consultation is closed.</source>
            <translation>相談を完了にしました。</translation>
        </message>
        <message>
            <source>Saved. It is sent at the next sync.</source>
            <translation>保存しました。次の同期で送られます。</translation>
        </message>
        <message>
            <source>The record was saved as a PDF: %1</source>
            <translation>相談記録をPDFで保存しました：%1</translation>
        </message>
        <message>
            <source>Received %1 (%2)</source>
            <translation>受付 %1（%2）</translation>
        </message>
        <message>
            <source>How to reach them: %1</source>
            <translation>連絡方法：%1</translation>
        </message>
        <message>
            <source>Follow up on %1</source>
            <translation>フォローアップ：%1</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>やりとり</translation>
        </message>
        <message>
            <source>No replies yet.</source>
            <translation>まだ返信はありません。</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>センター</translation>
        </message>
        <message>
            <source>Your reply</source>
            <translation>返信</translation>
        </message>
        <message>
            <source>Send reply</source>
            <translation>返信する</translation>
        </message>
        <message>
            <source>Refer…</source>
            <translation>つなぐ…</translation>
        </message>
        <message>
            <source>Follow-up date…</source>
            <translation>フォローアップ日…</translation>
        </message>
        <message>
            <source>Link records…</source>
            <translation>記録をひも付ける…</translation>
        </message>
        <message>
            <source>Close…</source>
            <translation>完了にする…</translation>
        </message>
        <message>
            <source>Close this consultation?</source>
            <translation>この相談を完了にしますか？</translation>
        </message>
        <message>
            <source>Closed consultations take no more replies. The facility keeps it in its support record.</source>
            <translation>完了にすると返信できなくなります。相談は施設の支援カルテに残ります。</translation>
        </message>
        <message>
            <source>Close it</source>
            <translation>完了にする</translation>
        </message>
        <message>
            <source>Print record (PDF)</source>
            <translation>相談記録を印刷（PDF）</translation>
        </message>
        <message>
            <source>Referred to</source>
            <translation>つなぎ先</translation>
        </message>
        <message>
            <source>Linked records</source>
            <translation>ひも付けた記録</translation>
        </message>
        <message>
            <source>History</source>
            <translation>経過</translation>
        </message>
        <message>
            <source>Follow-up date</source>
            <translation>フォローアップ日</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>戻る</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>日付を消す</translation>
        </message>
        <message>
            <source>Set the date</source>
            <translation>この日にする</translation>
        </message>
        <message>
            <source>Link records</source>
            <translation>記録をひも付ける</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>This facility has no loans or seminar sign-ups to link yet.</source>
            <translation>この施設には、ひも付けられる貸出や研修の申込みがまだありません。</translation>
        </message>
    </context>
    <context>
        <name>CountBars</name>
        <message>
            <source>%1 (%2 %)</source>
            <translation>%1（%2 %）</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Understood as %1</source>
            <translation>%1 として受け付けます</translation>
        </message>
        <message>
            <source>This date cannot be read. Type it like 2027-01-10 or 1月10日, or pick it in the calendar.</source>
            <translation>この日付は読み取れません。「2027/1/10」「1月10日」「令和9年1月10日」のように入力するか、カレンダーから選んでください。</translation>
        </message>
        <message>
            <source>e.g. 1月10日</source>
            <translation>例：1月10日</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>前の月</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>次の月</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Tap Calendar to pick a day, or type e.g. 1月10日</source>
            <translation>「カレンダー」で日を選ぶか、「1月10日」のように入力してください</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>カレンダー</translation>
        </message>
    </context>
    <context>
        <name>DeskPage</name>
        <message>
            <source>Consultation desk</source>
            <translation>相談窓口</translation>
        </message>
        <message>
            <source>Open consultations</source>
            <translation>対応中の相談</translation>
        </message>
        <message>
            <source>New consultation</source>
            <translation>新しい相談</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状況</translation>
        </message>
        <message>
            <source>Not closed</source>
            <translation>完了以外</translation>
        </message>
        <message>
            <source>All</source>
            <translation>すべて</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>受付</translation>
        </message>
        <message>
            <source>Answering</source>
            <translation>対応中</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>つなぎ済み</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>分野</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>すべての分野</translation>
        </message>
        <message>
            <source>Facility name</source>
            <translation>施設名</translation>
        </message>
        <message>
            <source>No consultations match.</source>
            <translation>条件に合う相談はありません。</translation>
        </message>
        <message>
            <source>Follow-ups due this week (and overdue)</source>
            <translation>今週までのフォローアップ（期限切れを含む）</translation>
        </message>
        <message>
            <source>Loan wishes from the kiosk not handled yet</source>
            <translation>未対応の試用貸出の希望（展示会）</translation>
        </message>
        <message>
            <source>Typical time to the first reply (median)</source>
            <translation>最初の返信までの時間（中央値）</translation>
        </message>
        <message>
            <source>Consultations in the last 12 months: %1</source>
            <translation>過去12か月の相談：%1 件</translation>
        </message>
        <message>
            <source>By topic</source>
            <translation>分野別</translation>
        </message>
        <message>
            <source>By channel</source>
            <translation>受け方別</translation>
        </message>
    </context>
    <context>
        <name>EquipmentDelegate</name>
        <message numerus="yes">
            <source>Up to %n day(s)</source>
            <translation>
                <numerusform>最長 %n 日</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EquipmentLinks</name>
        <message>
            <source>no change</source>
            <translation>変化なし</translation>
        </message>
        <message>
            <source>%1% better</source>
            <translation>%1%改善</translation>
        </message>
        <message>
            <source>%1% worse</source>
            <translation>%1%悪化</translation>
        </message>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>定員 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <source>No units to lend</source>
            <translation>貸出できる機器はありません</translation>
        </message>
        <message>
            <source>%1 of %2 units free (as of the last sync)</source>
            <translation>%2 台中 %1 台が貸出可能（前回の同期時点）</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>オンライン</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>No measured figure yet</source>
            <translation>数値の報告はまだありません</translation>
        </message>
        <message numerus="yes">
            <source>Typically %1 (median of %n case(s) with a figure)</source>
            <translation>
                <numerusform>代表的な効果：%1（数値のある %n 件の中央値）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EquipmentModelPage</name>
        <message>
            <source>Maker</source>
            <translation>メーカー</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>分野</translation>
        </message>
        <message>
            <source>Lent by</source>
            <translation>貸出元</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>台数</translation>
        </message>
        <message>
            <source>%1 of %2 in service (as of the last sync)</source>
            <translation>%2 台中 %1 台が利用可能（前回の同期時点）</translation>
        </message>
        <message>
            <source>Longest trial</source>
            <translation>最長の試用期間</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 日</numerusform>
            </translation>
        </message>
        <message>
            <source>About</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Ask for a trial loan</source>
            <translation>試用貸出を申し込む</translation>
        </message>
        <message>
            <source>What you want to try it for</source>
            <translation>試したい目的</translation>
        </message>
        <message>
            <source>The request is saved on this device and sent at the next connection. The centre then books a unit or offers the next free dates.</source>
            <translation>申込はこの端末に保存され、次に接続したときに送信されます。その後、センターが機器を予約するか、空いている日程を提案します。</translation>
        </message>
        <message>
            <source>Ask for this loan</source>
            <translation>この内容で申し込む</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>価格</translation>
        </message>
        <message>
            <source>Running cost</source>
            <translation>運用費</translation>
        </message>
        <message>
            <source>Subsidy</source>
            <translation>補助</translation>
        </message>
        <message>
            <source>Remove from comparison</source>
            <translation>比較から外す</translation>
        </message>
        <message>
            <source>Compare with other devices</source>
            <translation>ほかの機器と比べる</translation>
        </message>
        <message>
            <source>Cases that used it</source>
            <translation>この機器を使った事例</translation>
        </message>
        <message numerus="yes">
            <source>%n published case(s) used this device.</source>
            <translation>
                <numerusform>この機器を使った公開事例は %n 件です。</numerusform>
            </translation>
        </message>
        <message>
            <source>No published case names this device yet.</source>
            <translation>この機器を使った公開事例はまだありません。</translation>
        </message>
        <message numerus="yes">
            <source>%n more case(s) used a device of the same area.</source>
            <translation>
                <numerusform>同じ分野の機器を使った事例がほかに %n 件あります。</numerusform>
            </translation>
        </message>
        <message>
            <source>Service type</source>
            <translation>サービスの種類</translation>
        </message>
        <message>
            <source>Facility size</source>
            <translation>事業所の規模</translation>
        </message>
        <message>
            <source>Any size</source>
            <translation>すべての規模</translation>
        </message>
        <message>
            <source>Under 30 places</source>
            <translation>定員30人未満</translation>
        </message>
        <message>
            <source>30 to 79 places</source>
            <translation>定員30〜79人</translation>
        </message>
        <message>
            <source>80 places or more</source>
            <translation>定員80人以上</translation>
        </message>
        <message>
            <source>No case matches these choices.</source>
            <translation>この条件に合う事例はありません。</translation>
        </message>
        <message>
            <source>See it at</source>
            <translation>展示・見学の予定</translation>
        </message>
        <message>
            <source>Your loan request is saved. It is sent to the centre at the next sync; see it under My loans.</source>
            <translation>貸出の申込を保存しました。次の同期でセンターに送られます。「貸出」で確かめられます。</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>開始日</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>終了日</translation>
        </message>
        <message>
            <source>Compare (%1)</source>
            <translation>比べる（%1）</translation>
        </message>
        <message>
            <source>Added. Open another device and add it too, to see them side by side (up to 3).</source>
            <translation>比べる機器に加えました。ほかの機器も開いて加えると、並べて比べられます（3台まで）。</translation>
        </message>
    </context>
    <context>
        <name>EquipmentPage</name>
        <message>
            <source>Equipment to try</source>
            <translation>試せる機器</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>分野</translation>
        </message>
        <message>
            <source>My loans</source>
            <translation>私の貸出</translation>
        </message>
        <message>
            <source>No equipment in this area.</source>
            <translation>この分野の機器はありません。</translation>
        </message>
        <message>
            <source>Compare (%1)</source>
            <translation>比べる（%1）</translation>
        </message>
    </context>
    <context>
        <name>FacilitiesPage</name>
        <message>
            <source>Support records</source>
            <translation>支援カルテ</translation>
        </message>
        <message>
            <source>Search by facility name</source>
            <translation>施設名で探す</translation>
        </message>
        <message>
            <source>No facility matches.</source>
            <translation>該当する施設はありません。</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <source>Set up this device</source>
            <translation>この端末の設定</translation>
        </message>
        <message>
            <source>Welcome to Yokoten</source>
            <translation>横展開へようこそ</translation>
        </message>
        <message>
            <source>Enter what the support centre gave you. You need a connection only this once.</source>
            <translation>相談センターから受け取った内容を入力してください。通信が必要なのはこの1回だけです。</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>サーバーのアドレス</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>登録コード</translation>
        </message>
        <message>
            <source>Certificate file (only if the centre gave you one)</source>
            <translation>証明書ファイル（センターから渡された場合のみ）</translation>
        </message>
        <message>
            <source>Your login</source>
            <translation>ログインID</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>パスワード</translation>
        </message>
        <message>
            <source>Choose a passcode for this device (6 or more characters)</source>
            <translation>この端末のパスコードを決めてください（6文字以上）</translation>
        </message>
        <message>
            <source>Passcode again</source>
            <translation>パスコード（確認）</translation>
        </message>
        <message>
            <source>The two passcodes differ.</source>
            <translation>2つのパスコードが一致しません。</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>接続しています…</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>始める</translation>
        </message>
        <message>
            <source>Your login (centre staff only; attendees leave it empty)</source>
            <translation>ログインID（センター職員のみ。参加者は空欄のまま）</translation>
        </message>
        <message>
            <source>Attendant PIN (4 to 12 digits), to leave kiosk mode</source>
            <translation>係員用PIN（4〜12桁の数字）：展示会モードの終了に使います</translation>
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <source>Adopted %1</source>
            <translation>導入日 %1</translation>
        </message>
        <message>
            <source>Check-in %1 · %2</source>
            <translation>%1の確認 · %2</translation>
        </message>
        <message>
            <source>Every check-in answered</source>
            <translation>すべての確認に回答済み</translation>
        </message>
        <message>
            <source>No longer used</source>
            <translation>使わなくなった</translation>
        </message>
        <message>
            <source>Check-ins overdue: %1</source>
            <translation>期限切れの確認：%1件</translation>
        </message>
        <message>
            <source>Not due yet</source>
            <translation>まだ先</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>回答時期</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>回答済み</translation>
        </message>
        <message>
            <source>1 month after</source>
            <translation>1か月後</translation>
        </message>
        <message>
            <source>%1 months after</source>
            <translation>%1か月後</translation>
        </message>
        <message>
            <source>FY%1</source>
            <translation>%1年度</translation>
        </message>
        <message>
            <source>Applications %1 to %2</source>
            <translation>応募受付 %1〜%2</translation>
        </message>
        <message>
            <source>Support %1 to %2</source>
            <translation>支援期間 %1〜%2</translation>
        </message>
    </context>
    <context>
        <name>FormField</name>
        <message>
            <source>%1 (required)</source>
            <translation>%1（必須）</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message numerus="yes">
            <source>Notices: %n unread</source>
            <translation>
                <numerusform>お知らせ：未読 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>All notices</source>
            <translation>すべてのお知らせ</translation>
        </message>
        <message>
            <source>The centre's desk</source>
            <translation>相談窓口</translation>
        </message>
        <message>
            <source>Open consultations: %1 · follow-ups due this week: %2 · loan wishes not handled: %3</source>
            <translation>対応中の相談 %1 件・今週のフォローアップ %2 件・未対応の試用貸出の希望 %3 件</translation>
        </message>
        <message>
            <source>Open the desk</source>
            <translation>相談窓口を開く</translation>
        </message>
        <message>
            <source>Visitor inbox</source>
            <translation>来場者の受付箱</translation>
        </message>
        <message>
            <source>Hello, %1</source>
            <translation>%1 さん、こんにちは</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>ホーム</translation>
        </message>
        <message>
            <source>New good-practice cases</source>
            <translation>新着の好事例</translation>
        </message>
        <message>
            <source>No cases yet. They arrive with the next sync.</source>
            <translation>まだ事例がありません。次の同期で届きます。</translation>
        </message>
        <message>
            <source>All cases</source>
            <translation>すべての事例</translation>
        </message>
        <message>
            <source>Upcoming seminars</source>
            <translation>これからのセミナー</translation>
        </message>
        <message numerus="yes">
            <source>%n seat(s) left</source>
            <translation>
                <numerusform>残り %n 席</numerusform>
            </translation>
        </message>
        <message>
            <source>No seminars planned right now.</source>
            <translation>予定されているセミナーはありません。</translation>
        </message>
        <message>
            <source>All seminars</source>
            <translation>すべてのセミナー</translation>
        </message>
        <message>
            <source>Waiting for you</source>
            <translation>あなたの未完了</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) are waiting to be sent. They are safe on this device.</source>
            <translation>
                <numerusform>%n 件の変更が送信待ちです。この端末に安全に保存されています。</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything you did has reached the centre.</source>
            <translation>すべての操作がセンターに届いています。</translation>
        </message>
        <message>
            <source>My seminar sign-ups: %1</source>
            <translation>セミナーの申込：%1 件</translation>
        </message>
        <message>
            <source>My tickets</source>
            <translation>受講票</translation>
        </message>
        <message>
            <source>Write a case</source>
            <translation>事例を書く</translation>
        </message>
        <message>
            <source>Stalled adoptions: %1</source>
            <translation>定着が止まっている導入：%1件</translation>
        </message>
        <message>
            <source>Check-ins due: %1</source>
            <translation>回答時期の定着確認：%1件</translation>
        </message>
        <message>
            <source>All stalled adoptions</source>
            <translation>すべて見る</translation>
        </message>
        <message>
            <source>All adoptions</source>
            <translation>導入の一覧</translation>
        </message>
    </context>
    <context>
        <name>InboxEntryDelegate</name>
        <message>
            <source>Handled</source>
            <translation>対応済み</translation>
        </message>
        <message>
            <source>Not handled</source>
            <translation>未対応</translation>
        </message>
    </context>
    <context>
        <name>InboxEntryDialog</name>
        <message>
            <source>Loan request made. It is sent at the next sync.</source>
            <translation>貸出申請にしました。次の同期で送られます。</translation>
        </message>
        <message>
            <source>Consultation made. It is sent at the next sync.</source>
            <translation>相談にしました。次の同期で送られます。</translation>
        </message>
        <message>
            <source>Marked handled.</source>
            <translation>対応済みにしました。</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>施設</translation>
        </message>
        <message>
            <source>Several facilities match the name typed: pick one.</source>
            <translation>入力された名前に合う施設が複数あります。選んでください。</translation>
        </message>
        <message>
            <source>No facility matches the name typed: search for it.</source>
            <translation>入力された名前に合う施設がありません。施設名で探してください。</translation>
        </message>
        <message>
            <source>(matched by the name the visitor typed)</source>
            <translation>（来場者が入力した名前から選びました）</translation>
        </message>
        <message>
            <source>Another facility? Type its name</source>
            <translation>別の施設なら、名前を入力</translation>
        </message>
        <message>
            <source>Facility name</source>
            <translation>施設名</translation>
        </message>
        <message>
            <source>Make a loan request</source>
            <translation>貸出申請にする</translation>
        </message>
        <message>
            <source>Make a loan request?</source>
            <translation>貸出申請にしますか？</translation>
        </message>
        <message>
            <source>%1 asks to borrow %2, %3. The request goes to the loans list as the facility's.</source>
            <translation>%1 が %2 を %3 に借りる申請として、貸出の一覧に入ります。</translation>
        </message>
        <message>
            <source>Make the request</source>
            <translation>申請にする</translation>
        </message>
        <message>
            <source>Make a consultation</source>
            <translation>相談にする</translation>
        </message>
        <message>
            <source>Make a consultation?</source>
            <translation>相談にしますか？</translation>
        </message>
        <message>
            <source>A consultation of %1 is recorded as received at the exhibition.</source>
            <translation>%1 の相談として、展示会で受け付けた記録になります。</translation>
        </message>
        <message>
            <source>Make the consultation</source>
            <translation>相談にする</translation>
        </message>
        <message>
            <source>Mark handled</source>
            <translation>対応済みにする</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>戻る</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>What is the consultation about?</source>
            <translation>相談の分野</translation>
        </message>
        <message>
            <source>Make a consultation on this topic</source>
            <translation>この分野で相談にする</translation>
        </message>
    </context>
    <context>
        <name>InboxPage</name>
        <message>
            <source>Visitor inbox</source>
            <translation>来場者の受付箱</translation>
        </message>
        <message>
            <source>Exhibition or seminar</source>
            <translation>展示会・研修</translation>
        </message>
        <message>
            <source>All sessions</source>
            <translation>すべての回</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>受付一覧</translation>
        </message>
        <message>
            <source>Questionnaire results</source>
            <translation>アンケート集計</translation>
        </message>
        <message>
            <source>Nothing from visitors yet.</source>
            <translation>来場者からの記録はまだありません。</translation>
        </message>
        <message numerus="yes">
            <source>%n questionnaire(s) answered</source>
            <translation>
                <numerusform>回答 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answered</source>
            <translation>
                <numerusform>%n 人が回答</numerusform>
            </translation>
        </message>
        <message>
            <source>No questionnaires for this session yet.</source>
            <translation>この回のアンケートはまだありません。</translation>
        </message>
    </context>
    <context>
        <name>KioskFormPage</name>
        <message>
            <source>Send</source>
            <translation>送信する</translation>
        </message>
        <message>
            <source>Stop and go back</source>
            <translation>やめて戻る</translation>
        </message>
    </context>
    <context>
        <name>KioskKanaKeyboard</name>
        <message>
            <source>Space</source>
            <translation>スペース</translation>
        </message>
        <message>
            <source>← Delete</source>
            <translation>← 1文字消す</translation>
        </message>
    </context>
    <context>
        <name>KioskLoanPage</name>
        <message>
            <source>Borrow a device for a trial</source>
            <translation>機器を試してみる（試用貸出）</translation>
        </message>
        <message>
            <source>Choose the device and when you would like it. The centre will contact you to arrange the loan.</source>
            <translation>機器と希望の期間を選んでください。貸出の手配はセンターからご連絡します。</translation>
        </message>
        <message>
            <source>Device *</source>
            <translation>機器 *</translation>
        </message>
        <message>
            <source>Facility or organisation *</source>
            <translation>事業所・団体名 *</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>お名前</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <source>* required. Give an e-mail address or a phone number.</source>
            <translation>* は必須です。メールアドレスか電話番号のどちらかを入力してください。</translation>
        </message>
        <message>
            <source>Type of service</source>
            <translation>サービスの種類</translation>
        </message>
        <message>
            <source>What other facilities achieved with it</source>
            <translation>ほかの事業所がこの機器で得た効果</translation>
        </message>
        <message>
            <source>From</source>
            <translation>開始日</translation>
        </message>
        <message>
            <source>To</source>
            <translation>終了日</translation>
        </message>
    </context>
    <context>
        <name>KioskQuestionnairePage</name>
        <message>
            <source>Exhibition questionnaire</source>
            <translation>展示会アンケート</translation>
        </message>
        <message>
            <source>Anonymous. Questions marked * need an answer.</source>
            <translation>無記名です。* の質問にはお答えください。</translation>
        </message>
        <message>
            <source>Type of service</source>
            <translation>サービスの種類</translation>
        </message>
    </context>
    <context>
        <name>KioskShell</name>
        <message>
            <source>Are you still there?</source>
            <translation>まだ操作を続けますか？</translation>
        </message>
        <message numerus="yes">
            <source>In %n second(s) this screen goes back to the start and what you entered is erased.</source>
            <translation>
                <numerusform>%n 秒後に最初の画面に戻り、入力した内容は消去されます。</numerusform>
            </translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>続ける</translation>
        </message>
        <message>
            <source>Attendant PIN</source>
            <translation>係員用PIN</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取り消す</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
    </context>
    <context>
        <name>KioskStartPage</name>
        <message>
            <source>Equipment exhibition</source>
            <translation>機器展示会</translation>
        </message>
        <message>
            <source>Welcome! Touch what you would like to do.</source>
            <translation>ようこそ。ご希望の項目にタッチしてください。</translation>
        </message>
        <message>
            <source>Register my visit</source>
            <translation>来場を登録する</translation>
        </message>
        <message>
            <source>Tell the centre who you are and which devices interest you.</source>
            <translation>ご所属と関心のある機器をセンターにお知らせください。</translation>
        </message>
        <message>
            <source>Borrow a device for a trial</source>
            <translation>機器を試してみる（試用貸出）</translation>
        </message>
        <message>
            <source>Ask for a free trial loan of a device shown here.</source>
            <translation>展示中の機器を無料で試用貸出できます。</translation>
        </message>
        <message>
            <source>Answer the questionnaire</source>
            <translation>アンケートに答える</translation>
        </message>
        <message>
            <source>About two minutes. It helps the centre plan its support.</source>
            <translation>2分ほどで終わります。センターの支援の計画に役立てます。</translation>
        </message>
        <message>
            <source>Your entry goes only to the support centre. Nobody at this screen can see it again.</source>
            <translation>入力内容はセンターにだけ届きます。この画面で後から見ることはできません。</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>係員</translation>
        </message>
    </context>
    <context>
        <name>KioskThanksPage</name>
        <message>
            <source>Thank you!</source>
            <translation>ありがとうございました</translation>
        </message>
        <message>
            <source>Your trial-loan request is saved. The support centre will contact you about dates and delivery.</source>
            <translation>試用貸出の希望を受け付けました。日程と配送についてセンターからご連絡します。</translation>
        </message>
        <message>
            <source>Your visit is registered. The centre will send you information on the areas you chose.</source>
            <translation>来場を登録しました。選んだ分野の情報をセンターからお送りします。</translation>
        </message>
        <message>
            <source>Your answers are saved. They help the centre plan seminars and loans.</source>
            <translation>回答を受け付けました。研修会や貸出の計画に役立てます。</translation>
        </message>
        <message>
            <source>It is sent to the centre as soon as this kiosk is online, then erased from the kiosk.</source>
            <translation>この端末がネットにつながるとセンターへ送られ、その後この端末からは消去されます。</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>最初の画面に戻る</translation>
        </message>
    </context>
    <context>
        <name>KioskVisitPage</name>
        <message>
            <source>Register my visit</source>
            <translation>来場を登録する</translation>
        </message>
        <message>
            <source>Only the organisation is required. The centre uses this to send you information about the devices you choose.</source>
            <translation>必須は事業所・団体名だけです。選んだ分野の機器の情報をセンターからお送りします。</translation>
        </message>
        <message>
            <source>Facility or organisation *</source>
            <translation>事業所・団体名 *</translation>
        </message>
        <message>
            <source>Your name (optional)</source>
            <translation>お名前（任意）</translation>
        </message>
        <message>
            <source>E-mail (optional, for information)</source>
            <translation>メールアドレス（任意・情報提供用）</translation>
        </message>
        <message>
            <source>Type of service</source>
            <translation>サービスの種類</translation>
        </message>
        <message>
            <source>Areas that interest you (choose any)</source>
            <translation>関心のある分野（いくつでも）</translation>
        </message>
    </context>
    <context>
        <name>LoanController</name>
        <message>
            <source>This loan is not on this device.</source>
            <translation>この貸出はこの端末にありません。</translation>
        </message>
        <message>
            <source>Not possible while the loan is: %1</source>
            <translation>貸出の状態が「%1」のためできません</translation>
        </message>
    </context>
    <context>
        <name>LoanDelegate</name>
        <message>
            <source>%1 – %2</source>
            <translation>%1 〜 %2</translation>
        </message>
        <message>
            <source>Report sent</source>
            <translation>報告済み</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>理由：%1</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>承認</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>見送る</translation>
        </message>
        <message>
            <source>Lent out</source>
            <translation>貸出中</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>返却済み</translation>
        </message>
        <message>
            <source>Cancel request</source>
            <translation>申込を取り消す</translation>
        </message>
        <message>
            <source>Report the result</source>
            <translation>結果を報告する</translation>
        </message>
    </context>
    <context>
        <name>LoansPage</name>
        <message>
            <source>Loans of the centre</source>
            <translation>センターの貸出</translation>
        </message>
        <message>
            <source>My loans</source>
            <translation>私の貸出</translation>
        </message>
        <message>
            <source>No loans yet. Pick equipment to try in the catalogue.</source>
            <translation>まだ貸出はありません。カタログから試したい機器を選んでください。</translation>
        </message>
        <message>
            <source>Equipment catalogue</source>
            <translation>機器カタログ</translation>
        </message>
        <message>
            <source>Decline this loan?</source>
            <translation>この貸出を見送りますか？</translation>
        </message>
        <message>
            <source>Reason for the facility</source>
            <translation>事業所への理由</translation>
        </message>
        <message>
            <source>How did the trial go?</source>
            <translation>試用の結果はいかがでしたか？</translation>
        </message>
        <message>
            <source>How useful was it? (1 not useful … 5 very useful)</source>
            <translation>役立ちましたか？（1 役立たない … 5 とても役立った）</translation>
        </message>
        <message>
            <source>We plan to introduce it</source>
            <translation>導入する予定です</translation>
        </message>
        <message>
            <source>What worked well</source>
            <translation>良かった点</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>課題</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>もどる</translation>
        </message>
        <message>
            <source>Decline the loan</source>
            <translation>貸出を断る</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>あとで</translation>
        </message>
        <message>
            <source>Send the report</source>
            <translation>報告を送る</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Notices</source>
            <translation>お知らせ</translation>
        </message>
        <message>
            <source>Yokoten</source>
            <translation>横展開</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>ホーム</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>事例</translation>
        </message>
        <message>
            <source>Seminars</source>
            <translation>セミナー</translation>
        </message>
        <message>
            <source>My tickets</source>
            <translation>受講票</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>同期</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>‹ Back</source>
            <translation>‹ 戻る</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>機器</translation>
        </message>
        <message>
            <source>Loans</source>
            <translation>貸出</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>審査</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>受付</translation>
        </message>
        <message>
            <source>My details</source>
            <translation>登録情報</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>自己評価</translation>
        </message>
        <message>
            <source>More</source>
            <translation>続き</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>相談窓口</translation>
        </message>
        <message>
            <source>Visitor inbox</source>
            <translation>受付箱</translation>
        </message>
        <message>
            <source>Support records</source>
            <translation>支援カルテ</translation>
        </message>
        <message>
            <source>Consultations</source>
            <translation>相談</translation>
        </message>
        <message>
            <source>Support record</source>
            <translation>支援カルテ</translation>
        </message>
        <message>
            <source>Consult</source>
            <translation>相談</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>支援プログラム</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>定着フォロー</translation>
        </message>
        <message>
            <source>Support menu</source>
            <translation>支援メニュー</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>指標</translation>
        </message>
    </context>
    <context>
        <name>MeasurementForm</name>
        <message>
            <source>What was measured</source>
            <translation>測定した項目</translation>
        </message>
        <message>
            <source>Name of the figure</source>
            <translation>項目の名前</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>導入前・取組前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>導入後・取組後</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数値</translation>
        </message>
        <message>
            <source>Measured on</source>
            <translation>測定日</translation>
        </message>
        <message>
            <source>YYYY-MM or YYYY-MM-DD</source>
            <translation>YYYY-MM または YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>e.g. attendance system, staff survey (n=32)</source>
            <translation>例：勤怠システム、職員アンケート（n=32）</translation>
        </message>
        <message>
            <source>Save the figure</source>
            <translation>数値を登録する</translation>
        </message>
    </context>
    <context>
        <name>MetricChart</name>
        <message>
            <source>Before</source>
            <translation>導入前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>導入後</translation>
        </message>
    </context>
    <context>
        <name>ModelCaseCard</name>
        <message>
            <source>Same kind of device</source>
            <translation>同じ分野の機器</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>出典：%1</translation>
        </message>
    </context>
    <context>
        <name>ModerationPage</name>
        <message>
            <source>Cases to review</source>
            <translation>審査待ちの事例</translation>
        </message>
        <message>
            <source>Only centre staff can publish cases.</source>
            <translation>事例を公開できるのはセンター職員だけです。</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>公開する</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>公開終了</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>読む</translation>
        </message>
        <message>
            <source>No cases are waiting for review.</source>
            <translation>審査待ちの事例はありません。</translation>
        </message>
    </context>
    <context>
        <name>MutationQueue</name>
        <message>
            <source>The store is not open.</source>
            <translation>データが開かれていません。</translation>
        </message>
    </context>
    <context>
        <name>ParticipationController</name>
        <message>
            <source>%1 · source: %2</source>
            <translation>%1 · 出典：%2</translation>
        </message>
        <message>
            <source>Phone follow-up</source>
            <translation>電話フォロー</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>訪問</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>送信待ち</translation>
        </message>
        <message>
            <source>%1 visits (at least %2), %3 by phone</source>
            <translation>訪問 %1回（%2回以上）、電話 %3回</translation>
        </message>
    </context>
    <context>
        <name>ParticipationDelegate</name>
        <message>
            <source>Why: %1</source>
            <translation>応募の理由：%1</translation>
        </message>
        <message>
            <source>What to change: %1</source>
            <translation>変えたいこと：%1</translation>
        </message>
        <message>
            <source>Step: %1</source>
            <translation>段階：%1</translation>
        </message>
        <message>
            <source>Choose</source>
            <translation>選定する</translation>
        </message>
        <message>
            <source>Do not choose</source>
            <translation>選外にする</translation>
        </message>
        <message>
            <source>Open the plan and visits</source>
            <translation>計画と訪問記録を開く</translation>
        </message>
    </context>
    <context>
        <name>ParticipationPage</name>
        <message>
            <source>Participation</source>
            <translation>伴走支援</translation>
        </message>
        <message>
            <source>Support closed. The server writes the case draft; it arrives with the next sync.</source>
            <translation>支援を終了しました。事例の下書きはサーバーが作り、次の同期で届きます。</translation>
        </message>
        <message>
            <source>Saved. It is sent at the next sync.</source>
            <translation>保存しました。次の同期で送られます。</translation>
        </message>
        <message>
            <source>Plan: six steps</source>
            <translation>計画：6つのステップ</translation>
        </message>
        <message>
            <source>Aim: %1</source>
            <translation>目標：%1</translation>
        </message>
        <message>
            <source>Move to step</source>
            <translation>変更先のステップ</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>Change the step</source>
            <translation>ステップを変更</translation>
        </message>
        <message>
            <source>Visits and phone follow-ups</source>
            <translation>訪問・電話フォローの記録</translation>
        </message>
        <message>
            <source>Who: %1</source>
            <translation>参加者：%1</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>次にすること：%1</translation>
        </message>
        <message>
            <source>New visit log</source>
            <translation>訪問記録を書く</translation>
        </message>
        <message>
            <source>Figures before and after</source>
            <translation>取組前後の数値</translation>
        </message>
        <message>
            <source>Before: %1</source>
            <translation>取組前：%1</translation>
        </message>
        <message>
            <source>not measured yet</source>
            <translation>未測定</translation>
        </message>
        <message>
            <source>After: %1</source>
            <translation>取組後：%1</translation>
        </message>
        <message>
            <source>No figures yet.</source>
            <translation>まだ数値がありません。</translation>
        </message>
        <message>
            <source>End of the support</source>
            <translation>支援の終了</translation>
        </message>
        <message>
            <source>Close the support…</source>
            <translation>支援を終了する…</translation>
        </message>
        <message>
            <source>Close the support?</source>
            <translation>支援を終了しますか？</translation>
        </message>
        <message>
            <source>The facility's plan, visit logs and figures become a case draft that the facility then edits and submits. Visits and figures can no longer be added.</source>
            <translation>事業所の計画・訪問記録・数値から事例の下書きが作られ、事業所が編集して提出します。訪問記録と数値は追加できなくなります。</translation>
        </message>
        <message>
            <source>Close the support</source>
            <translation>支援を終了する</translation>
        </message>
        <message>
            <source>The case draft is ready for the facility to edit and submit.</source>
            <translation>事例の下書きができています。事業所が編集して提出します。</translation>
        </message>
        <message>
            <source>The server writes the case draft; it arrives with the next sync.</source>
            <translation>事例の下書きはサーバーが作り、次の同期で届きます。</translation>
        </message>
        <message>
            <source>Open the case draft</source>
            <translation>事例の下書きを開く</translation>
        </message>
        <message>
            <source>Site visits accepted</source>
            <translation>見学受入れ登録済み</translation>
        </message>
        <message>
            <source>Accept site visits</source>
            <translation>見学受入れを登録</translation>
        </message>
        <message>
            <source>Attach a photo or PDF</source>
            <translation>写真やPDFを添付</translation>
        </message>
        <message>
            <source>Photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>写真とPDF (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message>
            <source>Photos: %1</source>
            <translation>写真: %1</translation>
        </message>
    </context>
    <context>
        <name>PlatformInfo</name>
        <message>
            <source>Desktop keyring (Secret Service), or a protected file on kiosks</source>
            <translation>デスクトップのキーリング（Secret Service）、展示会端末では保護されたファイル</translation>
        </message>
        <message>
            <source>Ask the administrator to add this user to the "video" group.</source>
            <translation>管理者に、このユーザーを「video」グループに加えてもらってください。</translation>
        </message>
        <message>
            <source>Run the kiosk as a cage session under systemd; the app blocks Alt+F4, Alt+Tab and Esc itself.</source>
            <translation>展示会端末は systemd の cage セッションで動かしてください。Alt+F4、Alt+Tab、Esc はアプリが止めます。</translation>
        </message>
    </context>
    <context>
        <name>ProfilePage</name>
        <message>
            <source>My details</source>
            <translation>登録情報</translation>
        </message>
        <message>
            <source>Register once to sign up for the centre's seminars from this phone. Your ticket and certificate carry this name.</source>
            <translation>一度登録すると、このスマートフォンからセンターのセミナーに申し込めます。受講票と受講証明書にはこのお名前が載ります。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>お名前</translation>
        </message>
        <message>
            <source>Organisation (facility, company, school)</source>
            <translation>所属（事業所・会社・学校など）</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>保存しました。</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>The centre uses these details only for the seminars you sign up for.</source>
            <translation>センターはこの情報を、お申し込みのセミナーのためだけに使います。</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeApplyPage</name>
        <message>
            <source>Apply: %1</source>
            <translation>応募：%1</translation>
        </message>
        <message>
            <source>Application saved. It is sent to the centre at the next sync.</source>
            <translation>応募を保存しました。次の同期でセンターに送られます。</translation>
        </message>
        <message>
            <source>Why your facility applies</source>
            <translation>応募の理由</translation>
        </message>
        <message>
            <source>What is hard today, in a few sentences.</source>
            <translation>いま困っていることを数行で。</translation>
        </message>
        <message>
            <source>What you want to change</source>
            <translation>変えたいこと</translation>
        </message>
        <message>
            <source>For example: fewer night rounds, shorter handovers, less overtime.</source>
            <translation>例：夜間巡視を減らす、申し送りを短くする、残業を減らす。</translation>
        </message>
        <message>
            <source>Who to contact, and how</source>
            <translation>連絡先と連絡方法</translation>
        </message>
        <message>
            <source>Your facility's desk, for example: office, weekdays 9 to 5</source>
            <translation>事業所の窓口（例：事務室、平日9時〜17時）</translation>
        </message>
        <message>
            <source>Send the application</source>
            <translation>応募する</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeController</name>
        <message>
            <source>This programme is not on this device.</source>
            <translation>このプログラムはこの端末にありません。</translation>
        </message>
        <message>
            <source>Applications for this programme are closed.</source>
            <translation>このプログラムの応募受付は終わっています。</translation>
        </message>
        <message>
            <source>Your facility has already applied to this programme.</source>
            <translation>このプログラムにはすでに応募しています。</translation>
        </message>
        <message>
            <source>This application is not on this device.</source>
            <translation>この応募はこの端末にありません。</translation>
        </message>
        <message>
            <source>This support has already closed.</source>
            <translation>この支援はすでに終了しています。</translation>
        </message>
        <message>
            <source>No places are left: every place of this programme is taken.</source>
            <translation>選定枠が残っていません。このプログラムの枠はすべて埋まっています。</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeDelegate</name>
        <message>
            <source>Open for applications</source>
            <translation>応募受付中</translation>
        </message>
        <message>
            <source>Applications closed</source>
            <translation>受付終了</translation>
        </message>
        <message>
            <source>Places: %1 · applied: %2 · chosen: %3</source>
            <translation>定員 %1 · 応募 %2 · 選定 %3</translation>
        </message>
        <message>
            <source>Who may apply: %1</source>
            <translation>応募できる事業所：%1</translation>
        </message>
        <message>
            <source>Chosen facilities by step: %1</source>
            <translation>選定事業所の段階：%1</translation>
        </message>
        <message>
            <source>Your application: %1</source>
            <translation>あなたの応募：%1</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>応募する</translation>
        </message>
        <message>
            <source>Open my participation</source>
            <translation>支援の記録を開く</translation>
        </message>
        <message>
            <source>Applicants</source>
            <translation>応募一覧</translation>
        </message>
        <message>
            <source>Facilities I advise</source>
            <translation>担当する事業所</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeFormPage</name>
        <message>
            <source>Publish a programme</source>
            <translation>プログラムを公開</translation>
        </message>
        <message>
            <source>Programme saved. Facilities of the prefecture see it after the next sync.</source>
            <translation>プログラムを保存しました。次の同期の後、県内の事業所に表示されます。</translation>
        </message>
        <message>
            <source>Kind of programme (required)</source>
            <translation>プログラムの種類（必須）</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>What the support is</source>
            <translation>支援の内容</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Applications from</source>
            <translation>応募受付の開始日</translation>
        </message>
        <message>
            <source>Applications until</source>
            <translation>応募受付の締切日</translation>
        </message>
        <message>
            <source>Support from</source>
            <translation>支援の開始日</translation>
        </message>
        <message>
            <source>Support until</source>
            <translation>支援の終了日</translation>
        </message>
        <message>
            <source>Places (facilities chosen at most)</source>
            <translation>定員（選定する事業所の上限）</translation>
        </message>
        <message>
            <source>Who may apply</source>
            <translation>応募できる事業所</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>公開する</translation>
        </message>
    </context>
    <context>
        <name>ProgrammesPage</name>
        <message>
            <source>Support programmes</source>
            <translation>支援プログラム</translation>
        </message>
        <message>
            <source>Programmes of your prefecture: applications, choices and how the chosen facilities are doing.</source>
            <translation>県内の支援プログラム：応募、選定、選定した事業所の進み具合。</translation>
        </message>
        <message>
            <source>Accompaniment support and model facilities: the centre works with your facility for several months. Apply while applications are open.</source>
            <translation>伴走支援・モデル事業所：センターが数か月にわたり事業所と一緒に取り組みます。受付期間中に応募してください。</translation>
        </message>
        <message>
            <source>Publish a programme</source>
            <translation>プログラムを公開</translation>
        </message>
        <message>
            <source>No programmes yet. They arrive with the next sync.</source>
            <translation>まだプログラムがありません。次の同期で届きます。</translation>
        </message>
        <message>
            <source>My applications</source>
            <translation>自分の事業所の応募</translation>
        </message>
        <message>
            <source>No applications yet.</source>
            <translation>まだ応募はありません。</translation>
        </message>
    </context>
    <context>
        <name>RecordText</name>
        <message>
            <source>Waiting to send</source>
            <translation>送信待ち</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>確定</translation>
        </message>
        <message>
            <source>Waitlisted (no. %1)</source>
            <translation>キャンセル待ち（%1 番目）</translation>
        </message>
        <message>
            <source>Waitlisted</source>
            <translation>キャンセル待ち</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>受付不可</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>申込中</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>承認済み</translation>
        </message>
        <message>
            <source>On loan</source>
            <translation>貸出中</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>返却済み</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>見送り</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>下書き</translation>
        </message>
        <message>
            <source>Submitted for review</source>
            <translation>審査中</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>公開</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>公開終了</translation>
        </message>
        <message>
            <source>Not accepted: %1</source>
            <translation>受け付けられませんでした：%1</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>変化なし</translation>
        </message>
        <message>
            <source>%1 % less than before</source>
            <translation>導入前より %1 % 減少</translation>
        </message>
        <message>
            <source>%1 % more than before</source>
            <translation>導入前より %1 % 増加</translation>
        </message>
        <message>
            <source> (better)</source>
            <translation>（良くなりました）</translation>
        </message>
        <message>
            <source> (not better)</source>
            <translation>（良くなっていません）</translation>
        </message>
    </context>
    <context>
        <name>ReferDialog</name>
        <message>
            <source>Refer to a partner</source>
            <translation>関係機関につなぐ</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>戻る</translation>
        </message>
        <message>
            <source>Refer</source>
            <translation>つなぐ</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>つなぎ先</translation>
        </message>
        <message>
            <source>Another partner (write it in)</source>
            <translation>ほかのつなぎ先（入力）</translation>
        </message>
        <message>
            <source>Note for the record</source>
            <translation>記録用のメモ</translation>
        </message>
    </context>
    <context>
        <name>RosterCard</name>
        <message>
            <source>Attendees (%1 checked in of %2)</source>
            <translation>参加者（%2 人中 %1 人受付済み）</translation>
        </message>
        <message>
            <source>Nobody has signed up yet.</source>
            <translation>まだ申込はありません。</translation>
        </message>
    </context>
    <context>
        <name>SeminarListPage</name>
        <message>
            <source>Seminars</source>
            <translation>セミナー</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>%1 of %2 seats left</source>
            <translation>残り %1 席（定員 %2）</translation>
        </message>
        <message>
            <source>Sign-up closed</source>
            <translation>申込終了</translation>
        </message>
        <message>
            <source>Sign up by %1</source>
            <translation>申込期限 %1</translation>
        </message>
        <message>
            <source>No seminars planned right now.</source>
            <translation>予定されているセミナーはありません。</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>開催回を追加</translation>
        </message>
    </context>
    <context>
        <name>SeminarPage</name>
        <message>
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>会場</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>席</translation>
        </message>
        <message>
            <source>%1 of %2 left (as of the last sync)</source>
            <translation>残り %1 席／定員 %2（前回の同期時点）</translation>
        </message>
        <message numerus="yes">
            <source>, %n waiting</source>
            <translation>
                <numerusform>、キャンセル待ち %n 人</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign up by</source>
            <translation>申込期限</translation>
        </message>
        <message>
            <source> (closed)</source>
            <translation>（終了）</translation>
        </message>
        <message>
            <source>For</source>
            <translation>対象</translation>
        </message>
        <message>
            <source>An attendance certificate is issued.</source>
            <translation>受講証明書が発行されます。</translation>
        </message>
        <message>
            <source>About</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>My sign-up</source>
            <translation>私の申込</translation>
        </message>
        <message>
            <source>Not signed up</source>
            <translation>未申込</translation>
        </message>
        <message>
            <source>Your sign-up is saved on this device and will be sent at the next connection. The centre then confirms your seat or puts you on the waiting list.</source>
            <translation>申込はこの端末に保存され、次に接続したときに送信されます。その後、センターが席を確定するか、キャンセル待ちにします。</translation>
        </message>
        <message>
            <source>Attendee name (%1 if empty)</source>
            <translation>参加者名（空欄なら %1）</translation>
        </message>
        <message>
            <source>Attendee name</source>
            <translation>参加者名</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>申し込む</translation>
        </message>
        <message>
            <source>Cancel my sign-up</source>
            <translation>申込を取り消す</translation>
        </message>
        <message>
            <source>My tickets</source>
            <translation>受講票</translation>
        </message>
        <message>
            <source>Cancel this sign-up?</source>
            <translation>この申込を取り消しますか？</translation>
        </message>
        <message>
            <source>You sign up as %1 (%2), %3.</source>
            <translation>%1（%2）、%3 で申し込みます。</translation>
        </message>
        <message>
            <source>Register your name, organisation and e-mail once before you sign up.</source>
            <translation>申し込みの前に、お名前・所属・メールアドレスを一度登録してください。</translation>
        </message>
        <message>
            <source>Register my details</source>
            <translation>登録情報を入力する</translation>
        </message>
        <message>
            <source>Devices on show</source>
            <translation>展示される機器</translation>
        </message>
        <message>
            <source>Your seat goes to the next person waiting and the ticket stops working.</source>
            <translation>席はキャンセル待ちの方に回り、受講票は使えなくなります。</translation>
        </message>
        <message>
            <source>Cancel the sign-up</source>
            <translation>申込を取り消す</translation>
        </message>
        <message>
            <source>Keep my seat</source>
            <translation>取り消さない</translation>
        </message>
        <message>
            <source>Signed up. Your seat is confirmed by the centre at the next sync.</source>
            <translation>申し込みました。次の同期でセンターが席を確定します。</translation>
        </message>
        <message>
            <source>Your sign-up is cancelled. The centre is told at the next sync.</source>
            <translation>申込を取り消しました。次の同期でセンターに伝わります。</translation>
        </message>
    </context>
    <context>
        <name>SeminarQuestionnairePage</name>
        <message>
            <source>Questionnaire</source>
            <translation>アンケート</translation>
        </message>
        <message>
            <source>You have already answered. Thank you!</source>
            <translation>回答済みです。ありがとうございました。</translation>
        </message>
        <message>
            <source>The questionnaire opens from your ticket once you have attended.</source>
            <translation>アンケートは受講後に受講票から開けます。</translation>
        </message>
        <message>
            <source>Thank you! Your answers are sent as soon as the phone is online.</source>
            <translation>ありがとうございました。回答はスマートフォンがネットにつながると送信されます。</translation>
        </message>
        <message>
            <source>Send answers</source>
            <translation>回答を送信</translation>
        </message>
    </context>
    <context>
        <name>SessionEditPage</name>
        <message>
            <source>New session</source>
            <translation>開催回を追加</translation>
        </message>
        <message>
            <source>Seminar</source>
            <translation>研修</translation>
        </message>
        <message>
            <source>From (HH:MM)</source>
            <translation>開始（HH:MM）</translation>
        </message>
        <message>
            <source>Until (HH:MM)</source>
            <translation>終了（HH:MM）</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>会場</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>所在地</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>席</translation>
        </message>
        <message>
            <source>Add the session</source>
            <translation>この回を追加する</translation>
        </message>
        <message>
            <source>Sign-up closes at 17:00 on the deadline day. Times are Japan time.</source>
            <translation>申込は期限日の17:00に締め切ります。時刻は日本時間です。</translation>
        </message>
        <message>
            <source>Devices on show (for an exhibition)</source>
            <translation>展示する機器（展示会の場合）</translation>
        </message>
        <message>
            <source>The session is added. Everyone sees it after the next sync.</source>
            <translation>開催回を追加しました。次の同期のあと、みなさんに表示されます。</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>開催日</translation>
        </message>
        <message>
            <source>Sign-up deadline</source>
            <translation>申込期限</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Language / 言語</source>
            <translation>言語 / Language</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>文字の大きさ</translation>
        </message>
        <message>
            <source>This is how text looks.</source>
            <translation>文字はこのように表示されます。</translation>
        </message>
        <message>
            <source>This device</source>
            <translation>この端末</translation>
        </message>
        <message>
            <source>Signed in as: %1</source>
            <translation>ログイン中：%1</translation>
        </message>
        <message>
            <source>Organisation: %1</source>
            <translation>所属：%1</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>ロックする</translation>
        </message>
        <message>
            <source>A− Smaller</source>
            <translation>A− 小さく</translation>
        </message>
        <message>
            <source>A+ Larger</source>
            <translation>A+ 大きく</translation>
        </message>
        <message>
            <source>Size %1 of %2</source>
            <translation>大きさ %2 段階中 %1</translation>
        </message>
        <message>
            <source>The data on this device is encrypted. It opens with this device's passcode.</source>
            <translation>この端末のデータは暗号化されています。この端末のパスコードで開きます。</translation>
        </message>
        <message>
            <source>No one is signed in on this device. On a phone, your details (My details) are used only for your seminar sign-ups.</source>
            <translation>この端末にはだれもログインしていません。スマートフォンでは、登録情報はセミナーの申込にだけ使います。</translation>
        </message>
    </context>
    <context>
        <name>SupportRecord</name>
        <message>
            <source>Visit at an exhibition</source>
            <translation>展示会への来場</translation>
        </message>
        <message>
            <source>Loan wish at an exhibition</source>
            <translation>展示会での試用貸出の希望</translation>
        </message>
        <message>
            <source>Exhibition questionnaire</source>
            <translation>展示会アンケート</translation>
        </message>
        <message>
            <source>Seminar questionnaire</source>
            <translation>受講後アンケート</translation>
        </message>
        <message>
            <source>Consultation: %1</source>
            <translation>相談：%1</translation>
        </message>
        <message>
            <source>Seminar sign-up: %1</source>
            <translation>研修の申込み：%1</translation>
        </message>
        <message>
            <source>Attended: %1</source>
            <translation>受講：%1</translation>
        </message>
        <message>
            <source>Trial loan: %1</source>
            <translation>試用貸出：%1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1〜%2</translation>
        </message>
        <message>
            <source>Loan result report: %1</source>
            <translation>貸出の結果報告：%1</translation>
        </message>
        <message>
            <source>Usefulness %1 of 5</source>
            <translation>役立ち度 %1（5段階）</translation>
        </message>
        <message>
            <source>plans to adopt</source>
            <translation>導入予定</translation>
        </message>
        <message>
            <source>Self-assessment submitted</source>
            <translation>自己評価を提出</translation>
        </message>
        <message>
            <source>%1 visit logs</source>
            <translation>訪問記録 %1件</translation>
        </message>
        <message>
            <source>Support programme: %1</source>
            <translation>支援プログラム：%1</translation>
        </message>
        <message>
            <source>no longer used</source>
            <translation>使わなくなった</translation>
        </message>
        <message>
            <source>every check-in answered</source>
            <translation>すべての確認に回答済み</translation>
        </message>
        <message>
            <source>Adopted: %1</source>
            <translation>導入：%1</translation>
        </message>
    </context>
    <context>
        <name>SupportRecordPage</name>
        <message>
            <source>Support record</source>
            <translation>支援カルテ</translation>
        </message>
        <message>
            <source>Record a consultation</source>
            <translation>相談を記録する</translation>
        </message>
        <message>
            <source>Nothing recorded with the centre yet.</source>
            <translation>センターとの記録はまだありません。</translation>
        </message>
    </context>
    <context>
        <name>SyncIndicator</name>
        <message>
            <source>Syncing %1 / %2</source>
            <translation>同期中 %1 / %2</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>同期中…</translation>
        </message>
        <message>
            <source>Not connected to a server</source>
            <translation>サーバー未接続</translation>
        </message>
        <message numerus="yes">
            <source>Offline · %n waiting to send</source>
            <translation>
                <numerusform>オフライン・送信待ち %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>オフライン</translation>
        </message>
        <message>
            <source>Sync problem</source>
            <translation>同期できません</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to send</source>
            <translation>
                <numerusform>送信待ち %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>最新です</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>同期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>none (demo data only)</source>
            <translation>なし（デモデータのみ）</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>送信待ち</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Last successful sync</source>
            <translation>最後に同期できた日時</translation>
        </message>
        <message>
            <source>never</source>
            <translation>まだありません</translation>
        </message>
        <message>
            <source>Last result</source>
            <translation>前回の結果</translation>
        </message>
        <message numerus="yes">
            <source>This device's clock is off by %n minute(s). Please correct it.</source>
            <translation>
                <numerusform>この端末の時計が %n 分ずれています。直してください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign in again below. Your waiting changes are kept.</source>
            <translation>下からもう一度ログインしてください。送信待ちの変更は残ります。</translation>
        </message>
        <message>
            <source>Please update Yokoten.</source>
            <translation>横展開アプリを更新してください。</translation>
        </message>
        <message>
            <source>Please contact the support centre.</source>
            <translation>相談センターに連絡してください。</translation>
        </message>
        <message>
            <source>Yokoten tries again by itself; nothing is lost.</source>
            <translation>自動でもう一度試します。データは失われません。</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>ログインID</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>パスワード</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>ログイン</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>同期中…</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>今すぐ同期</translation>
        </message>
        <message>
            <source>Connected to</source>
            <translation>接続先</translation>
        </message>
        <message>
            <source>The centre's server</source>
            <translation>センターのサーバー</translation>
        </message>
        <message>
            <source>%1 sent, %2 received</source>
            <translation>送信 %1 件・受信 %2 件</translation>
        </message>
        <message>
            <source>No connection right now</source>
            <translation>いまは接続していません</translation>
        </message>
        <message>
            <source>Something needs you</source>
            <translation>対応が必要です</translation>
        </message>
    </context>
    <context>
        <name>TicketsPage</name>
        <message>
            <source>My tickets</source>
            <translation>受講票</translation>
        </message>
        <message>
            <source>Attendee: %1</source>
            <translation>参加者：%1</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>送信待ち</translation>
        </message>
        <message>
            <source>Ticket code: %1</source>
            <translation>受付番号：%1</translation>
        </message>
        <message>
            <source>You have not signed up for a seminar yet.</source>
            <translation>まだセミナーに申し込んでいません。</translation>
        </message>
        <message>
            <source>Answer the questionnaire</source>
            <translation>アンケートに答える</translation>
        </message>
        <message>
            <source>Save the attendance certificate (PDF)</source>
            <translation>受講証明書を保存（PDF）</translation>
        </message>
        <message>
            <source>Open the certificate</source>
            <translation>証明書を開く</translation>
        </message>
        <message>
            <source>Cancel this sign-up?</source>
            <translation>この申込を取り消しますか？</translation>
        </message>
        <message>
            <source>Your seat goes to someone else and the ticket stops working. To attend again you must sign up again.</source>
            <translation>席はほかの方に回り、受講票は使えなくなります。参加するには、もう一度申し込む必要があります。</translation>
        </message>
        <message>
            <source>Cancel the sign-up</source>
            <translation>申込を取り消す</translation>
        </message>
        <message>
            <source>Your sign-up is cancelled. The centre is told at the next sync.</source>
            <translation>申込を取り消しました。次の同期でセンターに伝わります。</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Keep my seat</source>
            <translation>取り消さない</translation>
        </message>
        <message>
            <source>Cancel this sign-up…</source>
            <translation>この申込を取り消す…</translation>
        </message>
        <message>
            <source>Show large</source>
            <translation>大きく表示</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Unlock</source>
            <translation>ロック解除</translation>
        </message>
        <message>
            <source>Yokoten</source>
            <translation>横展開</translation>
        </message>
        <message>
            <source>Enter this device's passcode.</source>
            <translation>この端末のパスコードを入力してください。</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>開いています…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
    </context>
    <context>
        <name>UnsavedChangesGuard</name>
        <message>
            <source>Leave without saving?</source>
            <translation>保存せずに移動しますか？</translation>
        </message>
        <message>
            <source>What you typed on this page has not been saved yet. If you leave now, it will be lost.</source>
            <translation>この画面で入力した内容はまだ保存されていません。いま移動すると消えてしまいます。</translation>
        </message>
        <message>
            <source>Leave without saving</source>
            <translation>保存せずに移動する</translation>
        </message>
        <message>
            <source>Keep writing</source>
            <translation>入力を続ける</translation>
        </message>
    </context>
    <context>
        <name>VisitLogForm</name>
        <message>
            <source>Date of the visit</source>
            <translation>訪問日</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>訪問</translation>
        </message>
        <message>
            <source>Phone follow-up</source>
            <translation>電話フォロー</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation>参加者</translation>
        </message>
        <message>
            <source>Roles, not private details: e.g. manager, night-shift leader</source>
            <translation>役職で（個人情報は書かない）：例 施設長、夜勤リーダー</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>実施内容</translation>
        </message>
        <message>
            <source>Agreed next actions</source>
            <translation>次にすること（合意事項）</translation>
        </message>
        <message>
            <source>Save the visit log</source>
            <translation>訪問記録を保存</translation>
        </message>
        <message>
            <source>Photos or documents (optional)</source>
            <translation>写真・資料（任意）</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Attach a photo or PDF…</source>
            <translation>写真やPDFを添付…</translation>
        </message>
    </context>
    <context>
        <name>yk::app::AdoptionController</name>
        <message>
            <source>Please write what was adopted, for example the device and how many.</source>
            <translation>導入したもの（機器と台数など）を書いてください。</translation>
        </message>
        <message>
            <source>Please give the date it was adopted.</source>
            <translation>導入日を入れてください。</translation>
        </message>
        <message>
            <source>Please say whether it is still in use.</source>
            <translation>今も使っているかを選んでください。</translation>
        </message>
        <message>
            <source>Please give the number of staff using it as a number.</source>
            <translation>使っている職員の人数を数字で入れてください。</translation>
        </message>
        <message>
            <source>Sign in with your facility's account to record an adoption.</source>
            <translation>導入を登録するには事業所のアカウントでサインインしてください。</translation>
        </message>
        <message>
            <source>Follow-up after adoption: how is it going, and what would help?</source>
            <translation>導入後のフォロー：使い方の状況と、困っていることを教えてください。</translation>
        </message>
        <message>
            <source>This adoption is not on this device.</source>
            <translation>この導入記録はこの端末にありません。</translation>
        </message>
    </context>
    <context>
        <name>yk::app::AssessmentController</name>
        <message>
            <source>The answer could not be saved on this device.</source>
            <translation>回答をこの端末に保存できませんでした。</translation>
        </message>
        <message>
            <source>Answer at least one question first.</source>
            <translation>少なくとも1問に回答してください。</translation>
        </message>
        <message>
            <source>Obligation (yes / no)</source>
            <translation>義務の確認（はい／いいえ）</translation>
        </message>
        <message>
            <source>Prefecture certification checklist</source>
            <translation>都道府県の認証チェックリスト</translation>
        </message>
        <message>
            <source>National guideline (scored 0–100)</source>
            <translation>国のガイドライン（0〜100点）</translation>
        </message>
        <message>
            <source>Facilities in %1</source>
            <translation>%1の事業所</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>対象：%1</translation>
        </message>
        <message>
            <source>For every facility</source>
            <translation>すべての事業所が対象</translation>
        </message>
    </context>
    <context>
        <name>yk::app::CaseController</name>
        <message>
            <source> · initial cost ¥%L1</source>
            <translation>・初期費用 %L1 円</translation>
        </message>
        <message>
            <source> · running ¥%L1 a year</source>
            <translation>・年間運用費 %L1 円</translation>
        </message>
        <message>
            <source>Visits welcome</source>
            <translation>見学を受け入れています</translation>
        </message>
        <message>
            <source>Give the measurement a name.</source>
            <translation>数値の名前を入れてください。</translation>
        </message>
        <message>
            <source>The file cannot be read or is larger than 50 MB.</source>
            <translation>ファイルを読み込めないか、50 MB を超えています。</translation>
        </message>
        <message>
            <source>The store is not open.</source>
            <translation>データが開かれていません。</translation>
        </message>
        <message>
            <source>Give the case a title.</source>
            <translation>事例のタイトルを入れてください。</translation>
        </message>
        <message>
            <source>Save your changes before submitting.</source>
            <translation>提出の前に変更を保存してください。</translation>
        </message>
        <message>
            <source>The measurement you typed has no name (what was measured). Fill it in, or clear the measurement's fields, then save again.</source>
            <translation>入力中の数値に「測ったもの」がありません。入力するか、数値の欄を空にしてから、もう一度保存してください。</translation>
        </message>
        <message>
            <source>The measurement "%1" needs a number before and after. Fill them in, or clear the measurement's fields, then save again.</source>
            <translation>「%1」には導入前と導入後の数値が必要です。入力するか、数値の欄を空にしてから、もう一度保存してください。</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>市町村内</translation>
        </message>
        <message>
            <source>Prefecture</source>
            <translation>都道府県内</translation>
        </message>
        <message>
            <source>Public (all prefectures)</source>
            <translation>全国に公開</translation>
        </message>
        <message>
            <source>Own organisation only</source>
            <translation>自分の事業所（組織）のみ</translation>
        </message>
        <message>
            <source>The officers of your municipality and the facilities in it can see it.</source>
            <translation>所属する市町村の職員と、その市町村内の事業所が見られます。</translation>
        </message>
        <message>
            <source>The officers of %1 and the facilities in %1 can see it.</source>
            <translation>%1の職員と、%1内の事業所が見られます。</translation>
        </message>
        <message>
            <source>The facilities, municipalities, centre and prefecture officers of your prefecture can see it.</source>
            <translation>都道府県内の事業所・市町村・センター・都道府県職員が見られます。</translation>
        </message>
        <message>
            <source>Everyone in every prefecture can see it, once the centre has checked it.</source>
            <translation>センターの確認の後、全国のだれでも見られます。</translation>
        </message>
        <message>
            <source>Only the staff of your own organisation can see it.</source>
            <translation>自分の事業所（組織）の職員だけが見られます。</translation>
        </message>
        <message>
            <source>Send to the centre for review</source>
            <translation>センターの確認に出す</translation>
        </message>
        <message>
            <source>Publish now</source>
            <translation>今すぐ公開する</translation>
        </message>
        <message>
            <source>The centre will check the case, then publish it to everyone. Until then only your organisation and the centre can see it.</source>
            <translation>センターが内容を確認してから全国に公開します。それまでは自分の事業所（組織）とセンターだけが見られます。</translation>
        </message>
        <message>
            <source>The case is published at the next sync, without review. %1</source>
            <translation>次の同期で、確認なしに公開されます。%1</translation>
        </message>
        <message>
            <source>The measurement "%1" needs its source and the dates of both figures (for example 2023-12 and 2024-03).</source>
            <translation>「%1」には、出典と、導入前・導入後それぞれを測った年月（例: 2023-12 と 2024-03）が必要です。</translation>
        </message>
        <message>
            <source>The measurement "%1" needs its source (a survey, a record, who measured it). Fill it in, or clear the measurement's fields, then save again.</source>
            <translation>「%1」には出典（アンケート、記録、だれが測ったか）が必要です。入力するか、数値の欄を空にしてから、もう一度保存してください。</translation>
        </message>
        <message>
            <source>The measurement "%1" needs the month of each figure, as 2023-12 or 2023-12-01. Fill them in, or clear the measurement's fields, then save again.</source>
            <translation>「%1」には、それぞれの数値を測った年月（2023-12 や 2023-12-01 の形）が必要です。入力するか、数値の欄を空にしてから、もう一度保存してください。</translation>
        </message>
        <message>
            <source>The measurement "%1" has no source or dates. Remove it and add it again with them.</source>
            <translation>「%1」に出典か時期がありません。削除して、出典と時期を付けて追加し直してください。</translation>
        </message>
    </context>
    <context>
        <name>yk::app::ConsultationController</name>
        <message>
            <source>Choose the facility.</source>
            <translation>施設を選んでください。</translation>
        </message>
        <message>
            <source>Choose what the consultation is about.</source>
            <translation>相談の分野を選んでください。</translation>
        </message>
        <message>
            <source>Choose how the consultation came in.</source>
            <translation>相談の受け方（電話・来所など）を選んでください。</translation>
        </message>
        <message>
            <source>Please write the question.</source>
            <translation>相談内容を書いてください。</translation>
        </message>
        <message>
            <source>Please write the reply.</source>
            <translation>返信を書いてください。</translation>
        </message>
        <message>
            <source>Choose or write where the consultation is referred to.</source>
            <translation>つなぎ先を選ぶか、書いてください。</translation>
        </message>
        <message>
            <source>The date could not be read.</source>
            <translation>日付を読み取れませんでした。</translation>
        </message>
        <message>
            <source>This consultation is not on this device.</source>
            <translation>この相談はこの端末にありません。</translation>
        </message>
        <message>
            <source>Only photos (JPEG, PNG) and PDF files up to 50 MB can be attached.</source>
            <translation>添付できるのは、50 MBまでの写真（JPEG・PNG）とPDFです。</translation>
        </message>
    </context>
    <context>
        <name>yk::app::ConsultationListModel</name>
        <message>
            <source>Follow up on %1</source>
            <translation>フォローアップ：%1</translation>
        </message>
    </context>
    <context>
        <name>yk::app::DeskController</name>
        <message>
            <source>under 1 h</source>
            <translation>1時間未満</translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n 時間</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 日</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>yk::app::EquipmentController</name>
        <message>
            <source>The first day is in the past.</source>
            <translation>開始日が過ぎています。</translation>
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation>終了日が開始日より前です。</translation>
        </message>
        <message numerus="yes">
            <source>This model can be lent for at most %n day(s).</source>
            <translation>
                <numerusform>この機器の貸出は最長 %n 日です。</numerusform>
            </translation>
        </message>
        <message>
            <source>This equipment is not in the catalogue on this device.</source>
            <translation>この機器はこの端末のカタログにありません。</translation>
        </message>
        <message>
            <source>Enter both dates, e.g. 2027-01-10 or 1月10日.</source>
            <translation>日付をどちらも入れてください（例：2027/1/10、1月10日）。</translation>
        </message>
    </context>
    <context>
        <name>yk::app::InboxController</name>
        <message>
            <source>Choose the facility.</source>
            <translation>施設を選んでください。</translation>
        </message>
        <message>
            <source>Choose what the consultation is about.</source>
            <translation>相談の分野を選んでください。</translation>
        </message>
        <message>
            <source>This entry is not on this device.</source>
            <translation>この記録はこの端末にありません。</translation>
        </message>
        <message>
            <source>This entry has already been handled.</source>
            <translation>この記録は対応済みです。</translation>
        </message>
        <message>
            <source>Only a loan wish can become a loan request.</source>
            <translation>貸出申請にできるのは試用貸出の希望だけです。</translation>
        </message>
    </context>
    <context>
        <name>yk::app::LoanController</name>
        <message>
            <source>Please give a reason for the facility.</source>
            <translation>事業所への理由を入れてください。</translation>
        </message>
        <message>
            <source>Choose how useful the equipment was (1 to 5).</source>
            <translation>機器がどのくらい役立ったか選んでください（1〜5）。</translation>
        </message>
    </context>
    <context>
        <name>yk::app::LoanListModel</name>
        <message>
            <source>Free from %1 to %2</source>
            <translation>%1 〜 %2 なら空いています</translation>
        </message>
    </context>
    <context>
        <name>yk::app::ParticipationController</name>
        <message>
            <source>Please give the date of the visit.</source>
            <translation>訪問日を入れてください。</translation>
        </message>
        <message>
            <source>Please write what was done.</source>
            <translation>実施内容を書いてください。</translation>
        </message>
        <message>
            <source>Choose what was measured.</source>
            <translation>測定した項目を選んでください。</translation>
        </message>
        <message>
            <source>Please name what was measured.</source>
            <translation>測定した項目の名前を書いてください。</translation>
        </message>
        <message>
            <source>Choose whether the figure is from before or after.</source>
            <translation>取組前か取組後かを選んでください。</translation>
        </message>
        <message>
            <source>Please give the figure as a number.</source>
            <translation>数値を数字で入れてください。</translation>
        </message>
        <message>
            <source>Please give when it was measured (YYYY-MM or YYYY-MM-DD): a figure without a date cannot be quoted.</source>
            <translation>測定日を入れてください（YYYY-MM または YYYY-MM-DD）。測定日のない数値は引用できません。</translation>
        </message>
        <message>
            <source>Please give the source (for example the attendance system, or a staff survey with n=…): a figure without a source cannot be quoted.</source>
            <translation>出典を入れてください（例：勤怠システム、職員アンケート n=…）。出典のない数値は引用できません。</translation>
        </message>
        <message>
            <source>Choose the step.</source>
            <translation>ステップを選んでください。</translation>
        </message>
        <message>
            <source>The case draft arrives with the next sync.</source>
            <translation>事例の下書きは次の同期で届きます。</translation>
        </message>
        <message>
            <source>Only photos (JPEG, PNG) and PDF files up to 50 MB can be attached.</source>
            <translation>添付できるのは、50 MBまでの写真（JPEG・PNG）とPDFです。</translation>
        </message>
    </context>
    <context>
        <name>yk::app::ProgrammeController</name>
        <message>
            <source>Please write why your facility applies.</source>
            <translation>応募の理由を書いてください。</translation>
        </message>
        <message>
            <source>Please write what you want to change.</source>
            <translation>変えたいことを書いてください。</translation>
        </message>
        <message>
            <source>Choose the kind of programme.</source>
            <translation>プログラムの種類を選んでください。</translation>
        </message>
        <message>
            <source>Please write the programme's title.</source>
            <translation>プログラムの名称を書いてください。</translation>
        </message>
        <message>
            <source>Please give the fiscal year, for example 2026.</source>
            <translation>年度を入れてください（例：2026）。</translation>
        </message>
        <message>
            <source>Please give the first and last day of applications.</source>
            <translation>応募受付の開始日と締切日を入れてください。</translation>
        </message>
        <message>
            <source>The last day of applications is before the first.</source>
            <translation>締切日が開始日より前になっています。</translation>
        </message>
        <message>
            <source>Please give how many facilities can be chosen.</source>
            <translation>選定する事業所の数を入れてください。</translation>
        </message>
        <message>
            <source>Sign in with your facility's account to apply.</source>
            <translation>応募するには事業所のアカウントでサインインしてください。</translation>
        </message>
        <message>
            <source>Only centre staff and prefecture officers can publish programmes.</source>
            <translation>プログラムを公開できるのはセンター職員と県の担当者だけです。</translation>
        </message>
    </context>
    <context>
        <name>yk::app::SeminarController</name>
        <message>
            <source>Online</source>
            <translation>オンライン</translation>
        </message>
        <message>
            <source>The sign-up deadline has passed.</source>
            <translation>申込期限を過ぎています。</translation>
        </message>
        <message>
            <source>You cannot sign up for this session.</source>
            <translation>この回には申し込めません。</translation>
        </message>
        <message>
            <source>Please register your name and e-mail address first.</source>
            <translation>先にお名前とメールアドレスを登録してください。</translation>
        </message>
    </context>
    <context>
        <name>yk::app::SeminarListModel</name>
        <message>
            <source>Online</source>
            <translation>オンライン</translation>
        </message>
    </context>
    <context>
        <name>yk::app::SessionEditor</name>
        <message>
            <source>Choose the seminar.</source>
            <translation>研修を選んでください。</translation>
        </message>
        <message>
            <source>Enter the times as HH:MM, e.g. 13:30.</source>
            <translation>時刻は HH:MM の形で入れてください（例：13:30）。</translation>
        </message>
        <message>
            <source>The session ends before it starts.</source>
            <translation>終了が開始より前です。</translation>
        </message>
        <message>
            <source>The day is in the past.</source>
            <translation>開催日が過ぎています。</translation>
        </message>
        <message>
            <source>The sign-up deadline is after the session.</source>
            <translation>申込期限が開催日より後です。</translation>
        </message>
        <message>
            <source>Enter the number of seats (1 to 10,000).</source>
            <translation>定員を入れてください（1〜10,000）。</translation>
        </message>
        <message>
            <source>Enter the venue (or "online").</source>
            <translation>会場を入れてください（オンラインなら「オンライン」）。</translation>
        </message>
        <message>
            <source>Enter the day and the sign-up deadline, e.g. 2027-01-10 or 1月10日.</source>
            <translation>開催日と申込期限を入れてください（例：2027/1/10、1月10日）。</translation>
        </message>
    </context>
    <context>
        <name>yk::app::SessionManager</name>
        <message>
            <source>Choose a passcode of at least 6 characters.</source>
            <translation>6文字以上のパスコードにしてください。</translation>
        </message>
        <message>
            <source>Enter the server address and the enrolment code from the centre.</source>
            <translation>センターから受け取ったサーバーのアドレスと登録コードを入力してください。</translation>
        </message>
        <message>
            <source>The certificate file cannot be read: %1</source>
            <translation>証明書ファイルを読み込めません：%1</translation>
        </message>
        <message>
            <source>The store is not open.</source>
            <translation>データが開かれていません。</translation>
        </message>
    </context>
    <context>
        <name>yk::app::SupportRecordModel</name>
        <message>
            <source>Consultation</source>
            <translation>相談</translation>
        </message>
        <message>
            <source>Sign-up</source>
            <translation>申込み</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>受講</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>貸出</translation>
        </message>
        <message>
            <source>Kiosk</source>
            <translation>展示会</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>自己評価</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>送信待ち</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>支援</translation>
        </message>
        <message>
            <source>Adoption</source>
            <translation>導入</translation>
        </message>
    </context>
    <context>
        <name>yk::app::Taxonomy</name>
        <message>
            <source>All</source>
            <translation>すべて</translation>
        </message>
        <message>
            <source>Other (name it)</source>
            <translation>その他（名前を入力）</translation>
        </message>
    </context>
    <context>
        <name>yk::app::VisitorInboxModel</name>
        <message>
            <source>%1 to %2</source>
            <translation>%1〜%2</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>来場</translation>
        </message>
        <message>
            <source>Loan wish</source>
            <translation>試用貸出の希望</translation>
        </message>
        <message>
            <source>Exhibition questionnaire</source>
            <translation>展示会アンケート</translation>
        </message>
        <message>
            <source>Seminar questionnaire</source>
            <translation>受講後アンケート</translation>
        </message>
        <message>
            <source>Made a loan request for %1</source>
            <translation>%1 の貸出申請にしました</translation>
        </message>
        <message>
            <source>Made a consultation of %1</source>
            <translation>%1 の相談にしました</translation>
        </message>
        <message>
            <source>Marked handled</source>
            <translation>対応済みにしました</translation>
        </message>
        <message>
            <source>Marked handled (%1)</source>
            <translation>対応済みにしました（%1）</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>送信待ち</translation>
        </message>
    </context>
    <context>
        <name>NoticeDelegate</name>
        <message>
            <source>Attachment</source>
            <translation>添付あり</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>未読</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>取り下げ</translation>
        </message>
    </context>
    <context>
        <name>NoticesPage</name>
        <message>
            <source>Notices</source>
            <translation>お知らせ</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>未読</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>受け取ったお知らせ</translation>
        </message>
        <message>
            <source>Sent by us</source>
            <translation>送ったお知らせ</translation>
        </message>
        <message>
            <source>Only counts are shown: the server never tells which organisations have read a notice.</source>
            <translation>件数だけを表示します。どの組織が読んだかは、サーバーから誰にも知らされません。</translation>
        </message>
        <message>
            <source>A notice stays on your home page until you open it.</source>
            <translation>お知らせは、開くまでホーム画面に表示されます。</translation>
        </message>
        <message>
            <source>Write a notice</source>
            <translation>お知らせを書く</translation>
        </message>
        <message>
            <source>No unread notices.</source>
            <translation>未読のお知らせはありません。</translation>
        </message>
        <message>
            <source>Your organisation has not sent a notice yet.</source>
            <translation>まだお知らせを送っていません。</translation>
        </message>
        <message>
            <source>No notices yet. They arrive with the next sync.</source>
            <translation>お知らせはまだありません。次の同期で届きます。</translation>
        </message>
    </context>
    <context>
        <name>NoticePage</name>
        <message>
            <source>Attachment: %1</source>
            <translation>添付：%1</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>お知らせ</translation>
        </message>
        <message>
            <source>Notice withdrawn. It leaves the audience's home pages after their next sync.</source>
            <translation>お知らせを取り下げました。宛先の端末からは次の同期で消えます。</translation>
        </message>
        <message>
            <source>Withdraw this notice?</source>
            <translation>このお知らせを取り下げますか？</translation>
        </message>
        <message>
            <source>It disappears from every device it was sent to. This cannot be undone.</source>
            <translation>送った先のすべての端末から消えます。元には戻せません。</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>取り下げる</translation>
        </message>
        <message>
            <source>(passed)</source>
            <translation>（締切を過ぎました）</translation>
        </message>
        <message>
            <source>Withdrawn by the sender</source>
            <translation>送信元が取り下げました</translation>
        </message>
        <message>
            <source>Sent by your organisation</source>
            <translation>自分の組織が送ったお知らせ</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>宛先：%1</translation>
        </message>
        <message>
            <source>The count arrives with the next sync.</source>
            <translation>既読の数は次の同期で届きます。</translation>
        </message>
        <message>
            <source>Only counts are shown: the server never tells which organisations have read it.</source>
            <translation>件数だけを表示します。どの組織が読んだかは、サーバーから誰にも知らされません。</translation>
        </message>
        <message>
            <source>Withdraw the notice</source>
            <translation>お知らせを取り下げる</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>既読</translation>
        </message>
    </context>
    <context>
        <name>NoticeFormPage</name>
        <message>
            <source>Write a notice</source>
            <translation>お知らせを書く</translation>
        </message>
        <message>
            <source>Notice saved. It reaches its audience after the next sync.</source>
            <translation>お知らせを保存しました。次の同期で宛先に届きます。</translation>
        </message>
        <message>
            <source>Attach a photo or PDF</source>
            <translation>写真またはPDFを添付</translation>
        </message>
        <message>
            <source>Photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>写真とPDF (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message>
            <source>The whole prefecture</source>
            <translation>県全体</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>件名</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>本文</translation>
        </message>
        <message>
            <source>Deadline (optional)</source>
            <translation>締切（任意）</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>宛先の地域</translation>
        </message>
        <message>
            <source>Only facilities of these service types (none chosen: every organisation)</source>
            <translation>次のサービス種別の事業所だけ（選ばなければすべての組織）</translation>
        </message>
        <message>
            <source>Only people in these roles (none chosen: everyone)</source>
            <translation>次の役割の人だけ（選ばなければ全員）</translation>
        </message>
        <message>
            <source>Facility managers</source>
            <translation>事業所の管理者</translation>
        </message>
        <message>
            <source>Facility staff</source>
            <translation>事業所の職員</translation>
        </message>
        <message>
            <source>Municipal officers</source>
            <translation>市町村の職員</translation>
        </message>
        <message>
            <source>Attachment (one PDF or photo, optional)</source>
            <translation>添付（PDFか写真を1つ、任意）</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>外す</translation>
        </message>
        <message>
            <source>Attach a photo or PDF…</source>
            <translation>写真またはPDFを添付…</translation>
        </message>
        <message>
            <source>Send the notice</source>
            <translation>お知らせを送る</translation>
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message>
            <source>Deadline %1</source>
            <translation>締切 %1</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>送信待ち</translation>
        </message>
        <message>
            <source>Read by %1 of %2 organisations</source>
            <translation>%2組織のうち %1組織が既読</translation>
        </message>
        <message>
            <source>facility staff</source>
            <translation>事業所の職員</translation>
        </message>
        <message>
            <source>facility managers</source>
            <translation>事業所の管理者</translation>
        </message>
        <message>
            <source>municipal officers</source>
            <translation>市町村の職員</translation>
        </message>
        <message>
            <source>prefecture officers</source>
            <translation>県の職員</translation>
        </message>
        <message>
            <source>centre staff</source>
            <translation>センター職員</translation>
        </message>
        <message>
            <source>Everyone in %1</source>
            <translation>%1のすべての組織</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>yk::app::NoticeController</name>
        <message>
            <source>Please write the notice's title.</source>
            <translation>お知らせの件名を入れてください。</translation>
        </message>
        <message>
            <source>Please write the deadline as YYYY-MM-DD, or leave it empty.</source>
            <translation>締切は YYYY-MM-DD の形で入れるか、空のままにしてください。</translation>
        </message>
        <message>
            <source>The deadline is already past.</source>
            <translation>締切が過ぎた日付になっています。</translation>
        </message>
        <message>
            <source>Only centre staff and prefecture officers can send notices.</source>
            <translation>お知らせを送れるのは、センター職員と県の職員です。</translation>
        </message>
        <message>
            <source>Only photos (JPEG, PNG) and PDF files up to 50 MB can be attached.</source>
            <translation>添付できるのは、50MBまでの写真（JPEG・PNG）とPDFです。</translation>
        </message>
    </context>
    <context>
        <name>MenuEntryDelegate</name>
        <message>
            <source>Withdrawn</source>
            <translation>取下げ</translation>
        </message>
        <message>
            <source>For your size: %1</source>
            <translation>この規模では：%1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
    </context>
    <context>
        <name>MenuEntryPage</name>
        <message>
            <source>Support menu</source>
            <translation>支援メニュー</translation>
        </message>
        <message>
            <source>Withdrawn. Facilities see it marked after the next sync.</source>
            <translation>取り下げました。次の同期のあと、事業所には取下げと表示されます。</translation>
        </message>
        <message>
            <source>Sign up: %1 (%2)</source>
            <translation>申し込む：%1（%2）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>My application: %1</source>
            <translation>応募済み：%1</translation>
        </message>
        <message>
            <source>Apply: %1</source>
            <translation>応募する：%1</translation>
        </message>
        <message>
            <source>Consult the centre</source>
            <translation>センターに相談する</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>取下げ</translation>
        </message>
        <message>
            <source>Who may apply</source>
            <translation>対象</translation>
        </message>
        <message>
            <source>Caps and rates</source>
            <translation>上限額・補助率</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>要件</translation>
        </message>
        <message>
            <source>No requirements listed.</source>
            <translation>要件の記載はありません。</translation>
        </message>
        <message>
            <source>Rules and source</source>
            <translation>要綱と出典</translation>
        </message>
        <message>
            <source>Rules (PDF): %1</source>
            <translation>要綱（PDF）：%1</translation>
        </message>
        <message>
            <source>No source given.</source>
            <translation>出典の記載がありません。</translation>
        </message>
        <message>
            <source>Withdraw this entry</source>
            <translation>この項目を取り下げる</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>編集</translation>
        </message>
        <message>
            <source>Signed up: %1 (%2)</source>
            <translation>申込済み：%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>SupportMenu</name>
        <message>
            <source>no session open for sign-up</source>
            <translation>申込受付中の回はありません</translation>
        </message>
        <message>
            <source>Source: %1 (as of %2)</source>
            <translation>出典：%1（%2 時点）</translation>
        </message>
        <message>
            <source>Requirements met: %1 of %2</source>
            <translation>要件 %2 件中 %1 件を満たしています</translation>
        </message>
        <message>
            <source>%1–%2 staff</source>
            <translation>職員 %1〜%2 人</translation>
        </message>
        <message>
            <source>%1 staff or more</source>
            <translation>職員 %1 人以上</translation>
        </message>
        <message>
            <source>up to %1 staff</source>
            <translation>職員 %1 人まで</translation>
        </message>
        <message>
            <source>Subsidy</source>
            <translation>補助金</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>支援事業</translation>
        </message>
        <message>
            <source>Other support</source>
            <translation>その他の支援</translation>
        </message>
        <message>
            <source>Applications any time</source>
            <translation>随時受付</translation>
        </message>
        <message>
            <source>Closed (deadline was %1)</source>
            <translation>受付終了（締切 %1）</translation>
        </message>
        <message>
            <source>Applications %1 to %2</source>
            <translation>受付 %1〜%2</translation>
        </message>
        <message>
            <source>Deadline %1</source>
            <translation>締切 %1</translation>
        </message>
        <message>
            <source>cap %1</source>
            <translation>上限 %1</translation>
        </message>
        <message>
            <source>rate %1/%2</source>
            <translation>補助率 %1/%2</translation>
        </message>
        <message>
            <source>Every service type</source>
            <translation>すべてのサービス種別</translation>
        </message>
        <message>
            <source>Not met yet</source>
            <translation>未達</translation>
        </message>
        <message>
            <source>Met: signed up for the seminar</source>
            <translation>済：研修に申込済み</translation>
        </message>
        <message>
            <source>Met: attended the seminar</source>
            <translation>済：研修を受講済み</translation>
        </message>
        <message>
            <source>Met: applied to the programme</source>
            <translation>済：事業に応募済み</translation>
        </message>
        <message>
            <source>Met: chosen by the programme</source>
            <translation>済：事業に選定</translation>
        </message>
        <message>
            <source>Met: consulted the centre</source>
            <translation>済：センターに相談済み</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
    </context>
    <context>
        <name>SupportMenuPage</name>
        <message>
            <source>Support menu</source>
            <translation>支援メニュー</translation>
        </message>
        <message>
            <source>Subsidies and programmes you can use, with what each asks for. Open one to see its requirements and sign up for what meets them.</source>
            <translation>使える補助金や支援事業と、それぞれの要件です。項目を開くと要件が並び、要件を満たす研修などにそのまま申し込めます。</translation>
        </message>
        <message>
            <source>Service type</source>
            <translation>サービス種別</translation>
        </message>
        <message>
            <source>My facility&apos;s</source>
            <translation>自事業所</translation>
        </message>
        <message>
            <source>Number of staff</source>
            <translation>職員数</translation>
        </message>
        <message>
            <source>All sizes</source>
            <translation>すべての規模</translation>
        </message>
        <message>
            <source>Up to 10</source>
            <translation>10人まで</translation>
        </message>
        <message>
            <source>11 to 30</source>
            <translation>11〜30人</translation>
        </message>
        <message>
            <source>31 to 100</source>
            <translation>31〜100人</translation>
        </message>
        <message>
            <source>More than 100</source>
            <translation>101人以上</translation>
        </message>
        <message>
            <source>For your facility: %1, %2 staff</source>
            <translation>自事業所の条件：%1・職員 %2 人</translation>
        </message>
        <message>
            <source>any service type</source>
            <translation>種別の指定なし</translation>
        </message>
        <message>
            <source>Your facility&apos;s service type and size are not recorded: pick them above.</source>
            <translation>自事業所のサービス種別と職員数が登録されていません。上で選んでください。</translation>
        </message>
        <message>
            <source>No support menu entries for this choice. Entries arrive with the next sync.</source>
            <translation>この条件の支援メニューはありません。項目は次の同期で届きます。</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>新しい項目</translation>
        </message>
    </context>
    <context>
        <name>MenuEntryFormPage</name>
        <message>
            <source>Edit the entry</source>
            <translation>項目を編集</translation>
        </message>
        <message>
            <source>New support menu entry</source>
            <translation>支援メニューの新しい項目</translation>
        </message>
        <message>
            <source>Saved. Every organisation of the prefecture sees it after the next sync.</source>
            <translation>保存しました。次の同期のあと、県内のすべての事業所・市町村に届きます。</translation>
        </message>
        <message>
            <source>Subsidy</source>
            <translation>補助金</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>支援事業</translation>
        </message>
        <message>
            <source>Other support</source>
            <translation>その他の支援</translation>
        </message>
        <message>
            <source>Kind (required)</source>
            <translation>種類（必須）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Provider (e.g. the prefecture, the state)</source>
            <translation>実施主体（県、国など）</translation>
        </message>
        <message>
            <source>What it supports</source>
            <translation>支援の内容</translation>
        </message>
        <message>
            <source>Service types (none chosen: every type)</source>
            <translation>対象のサービス種別（選ばなければすべて）</translation>
        </message>
        <message>
            <source>Staff from</source>
            <translation>職員数（下限）</translation>
        </message>
        <message>
            <source>Staff up to</source>
            <translation>職員数（上限）</translation>
        </message>
        <message>
            <source>Who may apply, in words</source>
            <translation>対象（文章で）</translation>
        </message>
        <message>
            <source>Caps and rates (by staff count; mark invented figures as demo values)</source>
            <translation>上限額・補助率（職員数ごと。架空の数値はデモ値として印を付ける）</translation>
        </message>
        <message>
            <source>What the row is for</source>
            <translation>この行の対象</translation>
        </message>
        <message>
            <source>Staff max</source>
            <translation>職員 上限</translation>
        </message>
        <message>
            <source>Cap (yen)</source>
            <translation>上限額（円）</translation>
        </message>
        <message>
            <source>Rate (3/4)</source>
            <translation>補助率 3/4</translation>
        </message>
        <message>
            <source>Demo value</source>
            <translation>デモ値</translation>
        </message>
        <message>
            <source>Applications from</source>
            <translation>受付開始日</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>締切</translation>
        </message>
        <message>
            <source>Requirements and what meets them</source>
            <translation>要件と、要件を満たすもの</translation>
        </message>
        <message>
            <source>The requirement, e.g. attended the centre&apos;s seminar</source>
            <translation>要件（例：センターの研修を受講していること）</translation>
        </message>
        <message>
            <source>Met by the seminar</source>
            <translation>満たす研修</translation>
        </message>
        <message>
            <source>Met by the programme</source>
            <translation>満たす支援事業</translation>
        </message>
        <message>
            <source>A consultation with the centre meets it</source>
            <translation>センターへの相談で満たす</translation>
        </message>
        <message>
            <source>Source of the information</source>
            <translation>情報の出典</translation>
        </message>
        <message>
            <source>Checked on</source>
            <translation>確認日</translation>
        </message>
        <message>
            <source>Official page (URL)</source>
            <translation>公式ページ（URL）</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Staff min</source>
            <translation>職員 下限</translation>
        </message>
    </context>
    <context>
        <name>yk::app::MenuEntryController</name>
        <message>
            <source>Please name the entry.</source>
            <translation>名称を入れてください。</translation>
        </message>
        <message>
            <source>Please give the number of staff as a whole number.</source>
            <translation>職員数は整数で入れてください。</translation>
        </message>
        <message>
            <source>Please give caps in yen and numbers of staff as whole numbers.</source>
            <translation>上限額（円）と職員数は整数で入れてください。</translation>
        </message>
        <message>
            <source>Please give the rate as a fraction such as 3/4.</source>
            <translation>補助率は 3/4 のような分数で入れてください。</translation>
        </message>
        <message>
            <source>Please write what each requirement asks.</source>
            <translation>それぞれの要件の内容を入れてください。</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <source>Indicators</source>
            <translation>指標</translation>
        </message>
        <message>
            <source>Saved as PDF: %1</source>
            <translation>PDFを保存しました：%1</translation>
        </message>
        <message>
            <source>Figures counted by the server from the records in Yokoten. Each one says where it comes from, how many facilities are behind it and up to which day. A figure from fewer than 5 facilities is not shown, so no facility can be picked out.</source>
            <translation>Yokoten の記録からサーバーが集計した数値です。どの記録から、何施設分を、いつまでの分で数えたかを添えています。5施設未満の数値は、施設が特定されないよう表示しません。</translation>
        </message>
        <message>
            <source>New figures asked for</source>
            <translation>集計を依頼済み</translation>
        </message>
        <message>
            <source>Ask for new figures</source>
            <translation>最新の数値を依頼</translation>
        </message>
        <message>
            <source>Save as A4 PDF</source>
            <translation>A4のPDFで保存</translation>
        </message>
        <message>
            <source>The request is sent at the next sync; the new figures arrive with the sync after it. Until then the figures below are the last ones counted.</source>
            <translation>依頼は次の同期で送られ、新しい数値はその次の同期で届きます。それまでは前回集計した数値を表示しています。</translation>
        </message>
        <message>
            <source>No figures on this device yet. Ask for new figures; they arrive with the next sync.</source>
            <translation>この端末にはまだ指標がありません。「最新の数値を依頼」を押すと、次の同期で届きます。</translation>
        </message>
        <message>
            <source>By municipality</source>
            <translation>市町村別</translation>
        </message>
        <message>
            <source>%1 facilities · consultations %2 · in use %3</source>
            <translation>登録%1施設 ・ 相談 %2 ・ 使用中 %3</translation>
        </message>
        <message>
            <source>and %1 more cases</source>
            <translation>ほか%1件の事例</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>withheld</source>
            <translation>非表示</translation>
        </message>
        <message>
            <source>As of %1 · counted from %2 · %3 facilities registered · a figure from fewer than %4 facilities is withheld</source>
            <translation>基準日 %1 ・ 集計期間 %2〜 ・ 登録 %3施設 ・ %4施設未満の数値は非表示</translation>
        </message>
        <message>
            <source>This device does not know its prefecture yet. Please sync first.</source>
            <translation>この端末はまだ所属の都道府県を知りません。先に同期してください。</translation>
        </message>
        <message>
            <source>There are no figures for this area yet.</source>
            <translation>この地域の指標はまだありません。</translation>
        </message>
    </context>
    <context>
        <name>AssessmentChoice</name>
        <message>
            <source>Draft: %1 of %2 answered</source>
            <translation>下書き：%2問中%1問に回答</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n 問</numerusform>
            </translation>
        </message>
        <message>
            <source>Last submitted %1</source>
            <translation>前回の提出 %1</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>表示中</translation>
        </message>
    </context>
</TS>
