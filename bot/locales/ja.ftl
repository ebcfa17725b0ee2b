# The bot's own words in Japanese (日本語). en-US.ftl is the reference: every key there is here.
#
# For translators: each line is "key = text". Keep the key, translate the text. Words in
# { $braces } are filled in by the bot (a number, a title, a name): keep them, in the place your
# language puts them. A block like
#     { $count ->
#         [one] …
#        *[other] …
#     }
# chooses by number: write the forms your language needs (French "one" covers 0 and 1; Japanese
# needs only "other"). Facts, titles, names and quotes are never in this file: the bot shows them
# exactly as their sources wrote them. Markdown (**bold**, *italic*) and emoji stay as they are.
#
# A key missing here falls back to English (and is logged once); a test fails until it is added.

## Core: errors every command can answer, and the buttons of every card

error-cooldown = 少し待ってください。{ $seconds } 秒後にまたこのコマンドを使えます。
error-user-permission = このコマンドを使うには「{ $permissions }」の権限が必要です。
error-bot-permission = このチャンネルで「{ $permissions }」の権限が必要です。サーバーの管理者に付与を頼んでください。
error-server-only = このコマンドはサーバーでのみ使えます。DM では使えません。
error-check-failed = ここではこのコマンドを使えません。
error-command-gone = そのコマンドはもうありません。Discord がコマンド一覧を更新中かもしれません。少ししてからもう一度お試しください。
error-command-changed = このコマンドは Discord に登録された後に変更されました。1 分後にもう一度お試しください。
error-invalid-value = この値はここでは使えません：{ $value }
error-unavailable-member = そのメンバーはこのサーバーにいない（もういない）か、私からは見えません。
error-unavailable-channel = そのチャンネルが見えないか、このオプションで使える種類のチャンネルではありません。
error-unavailable-role = そのロールはこのサーバーにありません（もうありません）。
error-unavailable-mentionable = このサーバーにそのメンバーもロールも見つかりません。
error-database-gone = 停止します。データベースのファイルが見つかりません。理由はボットの管理者に伝えてあります。
error-database-unreachable = 今はデータベースに接続できないため、お答えできません。1 分後にもう一度お試しください。
error-database-busy = 別の保存処理中です。何も変更していません。数秒後にもう一度お試しください。
error-unexpected = こちら側で問題が起き、記録しました。繰り返し起きる場合は、ボットの管理者に参照コード `{ $reference }` を伝えてください。

permission-manage-guild = サーバー管理
permission-manage-messages = メッセージの管理
permission-view-channel = チャンネルを見る
permission-send-messages = メッセージを送信
permission-embed-links = 埋め込みリンク
permission-read-message-history = メッセージ履歴を読む
permission-create-public-threads = 公開スレッドの作成
permission-send-messages-in-threads = スレッドでメッセージを送信

option-private = 自分だけに表示します（他の人のサーバーで使うとき）

card-sources-button = 出典（{ $count }）
card-disputed-button = 異説あり（{ $count }）
card-sources-heading = 出典
card-sources-note = 番号はカード内の注番号です。
card-disputed-line = ⚠️ **{ $label }**：{ $values }
card-disputed-heading = 出典の食い違い
card-section-note = 番号は出典を示します。「出典」ボタンで一覧を見られます。
card-part-gone = カードのその部分はもうありません。コマンドをもう一度実行してください。
card-gone = そのカードは古いバージョンのボットかデータのものです。コマンドをもう一度実行してください。
card-empty-panel = ここには何もありません。
card-source-read-it = 読む
card-everything-else-buttons = その他はすべて下のボタンから。
card-everything-else-menu = その他はすべて下の「**もっと見る**」から。
card-page = { $page } / { $pages } ページ
card-previous = 前へ
card-next = 次へ
card-more = もっと見る
card-more-sections = もっと見る：{ $sections }

## Catalogue: /album, /tracks, /track, /artist and their cards

command-album = 『I'm Here』サウンドトラック：リリース、映画、出典つきの事実
command-tracks = アルバムの曲を順番に、アーティストとバージョンの注記つきで
command-track = 曲のカード：アーティスト、バージョン、レビューの評
command-track-title = 曲名（その一部、またはアルバムでの曲番号）
command-artist = アーティストのカード：名義、メンバー、曲、レビューの評
command-artist-name = アーティスト名、別名、またはバンドメンバーの名前

# The cards. Fact labels, section names from the data, titles, names and quotes reach these
# messages as they are; { $marks }, { $placed } and { $counted } are superscript source marks (¹˒²):
# keep each right after the value it follows.
catalogue-fact = **{ $label }**：{ $values }
catalogue-fact-disputed = ⚠️ **{ $label }**（出典により異なります）：{ $values }
catalogue-more-facts = その他の事実
catalogue-track-count = 全{ $count }曲
catalogue-album-lead = { $artist } · { $tracks }（一覧は /tracks）
catalogue-album-footer = ⚠️ 出典により異なります：「**異説あり**」で各値とその出典を確認できます
catalogue-tracks-title = { $album }：収録曲
catalogue-tracks-lead = 全{ $count }曲（各曲目リストの表記どおり）
catalogue-tracks-footer = ⚠️ クレジットが出典により異なります · 各曲の注記：下の「**もっと見る**」または /track
catalogue-credited-as = クレジット
catalogue-credited-as-disputed = クレジット ⚠️ 出典により異なります
catalogue-version = バージョン
catalogue-also-printed-as = 別表記
catalogue-original-release = 初出
catalogue-track-place = { $position }曲目{ $placed }（全{ $count }曲{ $counted }）
catalogue-track-by = アーティスト：{ $credit }
catalogue-track-by-disputed = ⚠️ アーティスト：出典により異なります
catalogue-track-titled-by = 曲名は{ $sources }の表記
catalogue-reviews = レビューの評
catalogue-track-whole = すべてのクレジットと注記
catalogue-from-album = 「{ $title }」は『{ $album }』の収録曲です。
catalogue-artist-from = 出身：{ $place }
catalogue-artist-tracks =
    { $count ->
       *[other] アルバムの{ $numbers }曲目
    }
catalogue-artist-no-tracks = アルバムに自身の名義の曲はありません
catalogue-also-known-as = 別名
catalogue-members = メンバー
catalogue-members-disputed = メンバー ⚠️ 顔ぶれは出典により異なります
catalogue-also-named = ほかに名前が挙がる人
catalogue-on-this-album = このアルバムの曲
catalogue-facts = 事実
catalogue-whos-who = 人物紹介
catalogue-artist-whole = カード全体
catalogue-person-about = { $person }：{ $about }
catalogue-person-also = 別表記 { $names }
catalogue-person-see = /artist { $name } を参照
catalogue-who-member = **{ $person }**は{ $artist }のメンバーです{ $marks }。
catalogue-who-member-about = **{ $person }**は{ $artist }のメンバーです{ $marks }：{ $about }。
catalogue-who-named = **{ $person }**は{ $artist }のカードに名前が挙がっています{ $marks }。
catalogue-who-named-about = **{ $person }**は{ $artist }のカードに名前が挙がっています{ $marks }：{ $about }。

# Refusals of /track and /artist: { $kind } is "track" or "artist"; { $query } is what was typed.
catalogue-matches-more = { $matches }（ほか{ $count }件）
catalogue-ambiguous =
    「{ $query }」に当てはまる{ $kind ->
        [track] 曲
       *[other] アーティスト
    }が複数あります：{ $matches }。どれのことですか？もう少し入力するか、入力中に表示されるリストから選んでください。
catalogue-near-miss =
    「{ $query }」という{ $kind ->
        [track] 曲
       *[other] アーティスト
    }は見つかりませんでした。{ $matches }のことですか？
catalogue-not-found =
    「{ $query }」という{ $kind ->
        [track] 曲
       *[other] アーティスト
    }は見つかりませんでした。入力中に表示されるリストから選ぶか、{ $kind ->
        [track] /tracks で全曲を確認してください
       *[other] オプションを空にして一覧を表示してください
    }。

# Shared by every card that cites (bot/ui/citations.py): an inferred value, and how a list joins.
card-inferred = { $value }（推定）
card-read-from = { $value } — { $sources }に基づく
list-comma = { $first }、{ $next }
list-and = { $first }、{ $next }
list-or = { $first }または{ $next }

# Shared by every embed card (bot/ui/embeds.py): what was left out to fit Discord.
card-continued = { $name }（続き）
card-left-out = Discordの制限によりセクション{ $count }件を省略
card-and-more =
    …ほか{ $count }{ $noun ->
        [players] 人
        [posts] 件
        [commands] 件
        [sources] 件
        [people] 人
        [tracks] 曲
       *[lines] 行
    }

## Quotes: /quote and quote cards

command-quote = 批評家たちがアルバムについて書いたこと
command-quote-random = レビューからランダムに引用（曲やアーティストで絞り込みも可）
command-quote-random-track = この曲についての引用だけ
command-quote-random-artist = このアーティストについての引用だけ
command-quote-random-source = この媒体の引用だけ
command-quote-today = このサーバーの今日の引用（今日は全員に同じもの）
command-quote-search = レビューの引用から言葉を検索
command-quote-search-text = 探す言葉（例：robot love）

quotes-title = レビューの言葉
quotes-about = 関連
quotes-one-of =
    { $count ->
        [1] 唯一の引用
       *[other] 全{ $count }件の引用から1件
    }
quotes-one-of-matching =
    { $count ->
        [1] 条件に合う唯一の引用
       *[other] 条件に合う{ $count }件の引用から1件
    }
quotes-and = { $first }、{ $second }
quotes-or = { $first }または{ $second }
quotes-no-such-source = その出典からの引用はありません。引用しているレビューは{ $publications }のものです。
quotes-filter-about = **{ $name }**についての
quotes-filter-from = **{ $publication }**に掲載された
quotes-nothing-matches = { $filters }レビューの引用はありません。条件を減らしてみてください。`/quote random` だけならすべての引用から選びます。
quotes-today-title = 今日の引用
quotes-today-footer = 今日の引用 · { $day }
quotes-today-in-a-server = 今日の引用はサーバーごとのものです。サーバー内でこのコマンドを使ってください。
quotes-today-not-running = このボットでは今日の引用が有効になっていません。`/quote random` をお試しください。
quotes-today-gone = 今日の引用はもうデータにありません。代わりに `/quote random` をお試しください。
quotes-search-empty = 検索する単語を入力してください（引用と同じく英語で）。例：`robot`、`love songs`
quotes-too-common-word = 「{ $text }」はありふれた単語のため検索できません。別の単語（引用と同じく英語で）をお試しください。例：`robot`、`love`
quotes-too-common-words = 「{ $text }」にはありふれた単語しか含まれていないため検索できません。別の単語（引用と同じく英語で）をお試しください。例：`robot`、`love`
quotes-search-nothing = 「{ $text }」に触れたレビューの引用はありません。別の単語を試すか、`/quote random` で引用をランダムに表示してください。
quotes-search-best = 「{ $text }」の検索結果
quotes-search-partial = 「{ $text }」のすべての単語を含む引用はありません。一部の単語を含む引用を表示します。

## Quote of the day: /qotd, the daily post and its question

command-qotd = レビューの引用を毎日投稿（サーバー管理者向け）
command-qotd-set = 今日の引用を指定のチャンネルに、現地時間で投稿
command-qotd-set-channel = 投稿先
command-qotd-set-time = 現地時間（例：9am、9:30 pm、21:30、既定は 09:00）
command-qotd-set-timezone = 都市名またはタイムゾーン（例：Tokyo、Asia/Tokyo、既定は UTC）
command-qotd-set-role = 投稿のたびにメンションするロール（任意）
command-qotd-set-question = ボタンで答えるクイズ問題を付ける（既定：オン）
command-qotd-set-days = 投稿する曜日：weekdays、weekends、every day、mon,wed,fri など（既定：毎日）
command-qotd-set-thread = 投稿ごとに話すための公開スレッドを作る（既定：オフ）
command-qotd-off = 今日の引用の投稿をやめる
command-qotd-status = 今日の引用の投稿先と時刻、これまでの結果
command-qotd-preview = 次に投稿される引用を自分だけに表示
command-qotd-post = まだ投稿されていなければ、今日の引用を今すぐ投稿
command-qotd-history = 直近 10 回の投稿と、その問題の結果

daily-title = 今日の引用
daily-days-every-day = 毎日
daily-days-weekdays = 平日（月〜金）
daily-days-weekends = 週末
daily-days-one = 毎週{ $day }
daily-days-several = 毎週{ $days }、{ $last }
daily-days-separator = { "、" }
daily-at-zone = { $time }（{ $zone }）
daily-at-fixed = { $time } { $offset }（夏時間なし）
daily-at-fixed-named = { $time } { $offset }（{ $abbreviation }、夏時間なし）
daily-zone-read-as = 「{ $typed }」を { $zone } として読み取りました。
daily-zone-fixed-note = { $abbreviation } は一年中 { $offset } です。夏時間を含めて { $city } の時刻に合わせるには、{ $zone } を使ってください。
daily-zone-choice-abbreviation = { $zone }（一年中 { $offset }、夏時間なし）
daily-zone-choice-fixed = { $zone }（{ $offset }、夏時間なし）
daily-error-time = 「{ $typed }」は時刻として読み取れません。9、9am、9:30 pm、21:30 のように入力してください。
daily-error-zone-several = 「{ $typed }」には複数のタイムゾーンがあります（{ $zones } など）。代わりに Chicago や Sydney のような都市名か、America/Chicago のようなタイムゾーンを入力してください。
daily-error-zone-unknown = 「{ $typed }」はタイムゾーンとしても地名としても認識できません。都市名（Paris、New York、Tokyo）を入力するか、入力中に表示されるリストから Europe/Paris のようなタイムゾーンを選んでください。
daily-error-days-empty = 曜日を指定してください：weekdays（平日）、weekends（週末）、every day（毎日）、または mon,wed,fri のような曜日。
daily-error-days-word = { $word } は曜日ではありません。weekdays（平日）、weekends（週末）、every day（毎日）、または mon,wed,fri のような曜日を指定してください。
daily-error-everyone = @everyone へのメンションはできません。ロールを選ぶか、`role` を空けてください。
daily-error-role-unmentionable = { $role } はメンションできないロールで、あなた自身もメンションできません（「@everyone、@here、全てのロールにメンション」の権限が必要です）。そのため、代わりに毎日メンションすることはしません。ロールをメンション可能にする（サーバー設定 > ロール）か、メンションできる人に選んでもらうか、`role` を空けてください。
daily-error-cannot-post = { $channel } に投稿できません：そのチャンネルで { $permissions } の権限が必要です。権限を付与するか、別のチャンネルを選んでください。
daily-error-cannot-thread = { $channel } に投稿できません：そのチャンネルで { $permissions } の権限が必要です（各投稿のスレッドに必要です）。権限を付与するか、別のチャンネルを選んでください。または `thread` をオフにしてください。
daily-error-cannot-post-or-thread = { $channel } に投稿できません：そのチャンネルで { $permissions } の権限が必要です。権限を付与するか、別のチャンネルを選んでください。または `thread` をオフにしてください。
daily-set-done = 今日の引用を { $channel } に{ $days } { $time }に投稿します。
daily-set-next = 次の投稿：{ $when }。
daily-set-gap = 前回の投稿から{ $hours }時間後です。時刻やタイムゾーンを変えても、次の投稿が早まることはありません。
daily-set-question = 各投稿でトリビアの問題を出し、次の投稿で答えを発表します。
daily-set-no-question = 投稿に問題は付きません（`question:True` で追加できます）。
daily-set-thread = 各投稿に、引用にちなんだ名前の公開スレッドを作成します。
daily-set-pings = 各投稿で { $role } にメンションします。
daily-set-role-silent = このロールはメンションできないため、メンションしても誰にも通知されません。ロールをメンション可能にする（サーバー設定 > ロール）か、そのチャンネルで私に「@everyone、@here、全てのロールにメンション」の権限を付与してください。
daily-off-already = 毎日の投稿はすでにオフです。`/qotd set` でオンにできます。
daily-off-done = 今日の引用をオフにしました。`/qotd set` で再びオンにできます。
daily-preview-gone = 次の引用はデータにありません。別の引用に差し替えられます。
daily-preview-title = 次の今日の引用（{ $date }）
daily-preview-footer = このプレビューはあなたにだけ表示されています
daily-post-off = 毎日の投稿はオフです。`/qotd set` でオンにしてから投稿してください。
daily-post-already-out = 今日の引用はすでに投稿済みです：[投稿を見る]({ $url })。
daily-post-failed-today = 今日の投稿は失敗しました：{ $reason } 問題が解決すれば、次の投稿は予定どおり行われます。
daily-post-see-status = /qotd status を確認してください
daily-post-see-status-end = /qotd status を確認してください。
daily-post-still-yesterday = { $zone } ではまだ { $today } で、最新の投稿の日付は { $latest } です。今日の分はすでに投稿済みです。
daily-post-next-comes = 次の投稿は{ $when }です。
daily-post-done = 今日の引用を投稿しました：{ $url }
daily-post-went-out = 今日の引用はすでに投稿されていました：{ $url }
daily-post-on-its-way = 今日の投稿は送信中です。まもなくチャンネルに表示されます。
daily-post-could-not = 投稿できませんでした：{ $reason }
daily-status-off = 毎日の投稿はオフです。`/qotd set channel:#チャンネル` でオンにできます。
daily-status-posting = { $channel } に{ $days } { $time }に投稿します。
daily-status-each-post = 各投稿
daily-status-with = { $question ->
        [yes] トリビアの問題付き
       *[no] 問題なし
    }{ $thread ->
        [yes] 、スレッドあり
        [refused] 、スレッドあり（拒否されました：下記参照）
       *[no] { "" }
    }
daily-status-pings = メンション
daily-status-paused = 一時停止中
daily-status-paused-text = 直近 { $count } 回の投稿が続けて失敗したため、毎日の投稿を一時停止しています。下記の問題を解決してから、`/qotd set` をもう一度実行すると再開します。
daily-status-next = 次の投稿
daily-status-last = 前回の投稿
daily-status-last-link = { $when } · [投稿を見る]({ $url })
daily-status-thread-refused = スレッドが拒否されました
daily-status-dated = { $date }：{ $reason }
daily-status-not-posted = 未投稿
daily-status-missed = { $date }：{ $reason } その日はずっと Discord 側で失敗していたため、このサーバーの失敗には数えません。
daily-status-last-failure = 前回の失敗
daily-status-failures = 連続失敗回数
daily-rate-no-question = 問題なし
daily-rate-none-yet = まだ回答なし
daily-rate-so-far = これまでに { $answers } 件の回答、答えは次の投稿で発表
daily-rate-none = 回答なし
daily-rate = { $answers } 件中 { $right } 件正解（{ NUMBER($ratio, style: "percent") }）
daily-history-title = 今日の引用：直近 { $count } 件の投稿
daily-history-gone = （データにもうない引用）
daily-history-jump = [見る]({ $url })
daily-history-empty = まだ何も投稿されていません。`/qotd set` で毎日の投稿をオンにできます。
daily-question-title = 今日の問題
daily-question-closed = { $title } · 締め切り
daily-question-footer = 今日の問題 · { $date } · 回答は一人一回、非公開。答えは次の投稿で発表
daily-question-answered-footer = 今日の問題 · { $date } · 答えは次の投稿で発表済み
daily-right-answer = 正解
daily-answers = 回答
daily-tally-nobody = 誰も回答しませんでした。
daily-tally = { $players } 人中 { $right } 人が正解しました。
daily-reveal-title = { $date }の問題の答え
daily-reveal-streaks = 継続中の最長連続正解
daily-reveal-streak = { $name }：{ $days } 日
daily-reveal-why = 解説
daily-answer-gone = この問題はボットのデータにもうないため、回答できません。
daily-answer-stored = 回答を受け付けました：**{ $option }**。答えは次の投稿で発表します。
daily-answer-again = この問題にはすでに回答済みです：**{ $option }**。回答は一人一回です。
daily-answer-closed = この問題の回答は締め切られました。答えは { $answer } でした。{ $tally }
daily-stats-streak = 毎日の連続正解：現在 { $current } 日、最高 { $best } 日
daily-thread-reason = 今日の引用について話すスレッド
daily-thread-forbidden = { $channel } でスレッドを作成する権限がありません。そのチャンネルで「公開スレッドの作成」の権限を付与するか、`/qotd set thread:False` でスレッドをオフにしてください。
daily-thread-refused = Discord がスレッドの作成を拒否しました：{ $reason }
daily-fail-channel-unseen = チャンネルが削除されたか、私から見えなくなりました。/qotd set で別のチャンネルを選んでください。
daily-fail-quote-gone = 選ばれた引用がデータパックにもうありません。
daily-fail-timeout = Discord が時間内に応答しませんでした。
daily-fail-forbidden = { $channel } に投稿する権限がありません。そのチャンネルで「チャンネルを見る」「メッセージを送信」「埋め込みリンク」の権限を付与するか、/qotd set で別のチャンネルを選んでください。
daily-fail-channel-deleted = チャンネルが削除されました。/qotd set で別のチャンネルを選んでください。
daily-fail-rate-limited = Discord がボットにレート制限をかけていました。
daily-fail-discord-error = Discord でサーバーエラーが発生しました（{ $status }）。
daily-fail-refused = Discord が投稿を拒否しました：{ $reason }

## Trivia: /trivia, games, leaderboards and stats

command-trivia = チャンネルのみんなで遊ぶサウンドトラックのクイズ
command-trivia-start = このチャンネルでクイズを始める
command-trivia-start-questions = 問題数（1〜20、既定は 5）
command-trivia-start-category = このテーマの問題だけ（既定：すべて）
command-trivia-start-difficulty = この難易度の問題だけ（既定：すべて）
command-trivia-stop = このチャンネルのクイズを終える（始めた人か「メッセージの管理」権限を持つ人）
command-trivia-leaderboard = クイズの上位 10 人と、あなたの順位
command-trivia-leaderboard-scope = このサーバーか全体か（既定：このサーバー）
command-trivia-leaderboard-sort = 並べ替えの基準
command-trivia-leaderboard-season = 今月、全期間、または先月の上位 3 人（既定：今月）
command-trivia-stats = このサーバーでのプレイヤーのクイズ成績
command-trivia-stats-member = 誰の成績か（既定：あなた）

# The leaderboard's choices, as the command picker lists them
trivia-season-current = 今シーズン（今月）
trivia-season-all = 全期間
trivia-season-previous = 前シーズン：殿堂入りの上位 3 人
trivia-scope-server = このサーバー
trivia-scope-global = 全体
trivia-sort-points = ポイント
trivia-sort-accuracy = 正答率
trivia-sort-games = プレイしたゲーム数

# Categories and difficulties as the picker and the messages show them
trivia-category-tracks = 曲
trivia-category-artists = アーティスト
trivia-category-reviews = レビュー
trivia-category-album = アルバムと映画
trivia-difficulty-easy = やさしい
trivia-difficulty-medium = ふつう
trivia-difficulty-hard = むずかしい

# /trivia start and the answer buttons
trivia-start = **クイズ！** 全 { $questions } 問、1 問 { $seconds } 秒、{ $starter } さんが開始しました。ここにいる誰でも参加できます。ボタンで答えを選んでください。早く正解するほど高得点です。
trivia-start-short = **クイズ！** 全 { $questions } 問（{ $note }）、1 問 { $seconds } 秒、{ $starter } さんが開始しました。ここにいる誰でも参加できます。ボタンで答えを選んでください。早く正解するほど高得点です。
# Why a game has fewer questions than asked: "(only 3 left that this server hasn't seen)"
trivia-short-unseen = このサーバーでまだ出ていない問題は残り { $count } 問だけです
# $holder is a category's name, or trivia-the-bank: "Reviews has 6 easy questions"
trivia-the-bank = 問題集全体
trivia-pool =
    { $holder }：{ $difficulty ->
        [easy] やさしい問題
        [medium] ふつうの問題
        [hard] むずかしい問題
       *[any] 問題
    } { $count } 問
trivia-pool-shared = { $pool }、同じゲームに入れられるのは { $got } 問だけです（同じ事実を問う問題は 1 ゲームに 1 問まで）
trivia-text-channel-only = クイズはテキストチャンネルでのみ遊べます。
trivia-already-running = このチャンネルではすでにクイズが進行中です。
trivia-already-running-link = このチャンネルではすでにクイズが進行中です：[そのクイズへ移動]({ $link })。
trivia-unknown-category = その名前のクイズのテーマはありません。次から選んでください：{ $names }。
trivia-unknown-difficulty = その名前のクイズの難易度はありません。次から選んでください：{ $names }。
trivia-none-match = そのテーマと難易度に合う問題はありません。
trivia-all-seen = このサーバーでは、条件に合う問題がすべて出題済みです。問題集全体が出題されると、問題はまた出題されるようになります。別のテーマや難易度を選ぶか、指定なしでお試しください。
trivia-play-again = もう一度遊ぶ
trivia-play-again-stale = この「もう一度遊ぶ」ボタンは古くなっています。/trivia start でゲームを始めてください。
trivia-closed = この問題はすでに締め切られました。
trivia-already-answered = この問題にはすでに回答しています。
trivia-locked-in = 🔒 回答を確定しました：**{ $option }**。正解は問題が締め切られたときに発表されます。

# A question, its reveal and a game's end
trivia-question-title =
    第 { $number } 問（全 { $count } 問）· { $category } · { $difficulty ->
        [easy] やさしい
        [medium] ふつう
       *[hard] むずかしい
    }
trivia-question-footer = ここにいる誰でも参加できます。回答は 1 人 1 回です。誰が何を選んだかは正解発表まで表示されません。
trivia-time = 時間
trivia-closes = { $when }に締め切り
trivia-closes-answered = { $when }に締め切り · { $answered } 人が回答済み
trivia-seconds = { $seconds } 秒
trivia-percent = { $percent }%
trivia-picks = { $count } 人
trivia-closed-title = { $title } · 締め切り
trivia-right-answer = 正解
trivia-who-got-it = 正解した人
trivia-nobody-right = 今回は正解者がいませんでした。
trivia-right-line = { $player } +{ $points }（{ $time }）
trivia-right-line-streak = { $player } +{ $points }（{ $time }）🔥 { $streak } 問連続
trivia-answers = 回答
trivia-answers-line = 回答 { $count } 件：正解 { $right }、不正解 { $wrong }（不正解は 0 点です）
trivia-why = 解説
trivia-top-three = 上位 3 人
trivia-next-question = 次の問題
trivia-podium = 表彰台
trivia-everyone-else = その他の参加者
trivia-no-points = 今回ポイントなし
trivia-nobody-scored = 誰もポイントを獲得しませんでした。
trivia-nobody-answered = 誰も回答しませんでした。
trivia-standing = { $player } — **{ $points }** ポイント · { $right }/{ $answered } 問正解
trivia-standing-fastest = { $player } — **{ $points }** ポイント · { $right }/{ $answered } 問正解 · 最速 { $time }
trivia-no-points-line = { $player } — { $right }/{ $answered } 問正解
trivia-game-over = クイズ：ゲーム終了
trivia-thanks = ご参加ありがとうございました！

# /trivia stop, and a game a restart cut off
trivia-no-game = このチャンネルで進行中のクイズはありません。
trivia-may-not-stop = このゲームを止められるのは、始めたプレイヤーか「メッセージの管理」権限を持つ人だけです。
trivia-stopped = クイズを中止しました
trivia-stopped-by = { $name } さんが中止しました。
trivia-cut-off = クイズ：ゲーム中断
trivia-cut-off-note = ボットの再起動により、このゲームは第 { $number } 問（全 { $count } 問）で止まりました。それまでの回答はすべて保存され、ポイントも有効です。

# /trivia leaderboard: $where is the server's name or trivia-everyone; $season a month, "January 2026"
trivia-everyone = 全体
trivia-this-server = このサーバー
trivia-leaderboard-title =
    クイズのランキング：{ $where }、{ $sort ->
        [accuracy] 正答率
        [games] ゲーム数
       *[points] ポイント
    }順
trivia-board-line = `#{ $rank }` { $player } — **{ $points }** ポイント · 正答率 { $percent }（{ $right }/{ $answers }）· { $games } ゲーム
trivia-nobody-yet = まだ誰もプレイしていません。/trivia start でゲームを始めましょう。
trivia-nobody-yet-season = 今シーズンはまだ誰もプレイしていません。/trivia start でゲームを始めましょう。
trivia-your-rank = あなたの順位
trivia-your-rank-line = { $players } 人中：{ $line }
trivia-not-ranked = あなたはまだここで問題に回答していません。
trivia-not-ranked-season = あなたは今シーズン、まだここで問題に回答していません。
trivia-season = シーズン
# `season: …` names the leaderboard's option and its choice as the picker shows them
trivia-season-all-note = 全期間の記録です。前シーズンの上位 3 人：`season: 前シーズン`。
trivia-season-note = { $season }（{ $zone }）、{ $when }に終了します。上位 3 人は殿堂入りします。全シーズンの合計：`season: 全期間`。
trivia-zone-utc = UTC
trivia-zone = { $zone } 時間
trivia-hall-title = クイズの殿堂：{ $where }、{ $season }
trivia-hall-line = { $medal } { $player } — **{ $points }** ポイント · { $right }/{ $answers } 問正解 · { $games } ゲーム
trivia-hall-empty = { $season }には誰もポイントを獲得しませんでした。

# /trivia stats
trivia-stats-title = クイズの成績：{ $name }
trivia-stats-footer = 全体：{ $games } ゲームで { $points } ポイント
trivia-stats-here = このサーバー
trivia-stats-no-answers = まだ回答がありません。
trivia-stats-games = ゲーム数
trivia-stats-accuracy = 正答率
trivia-stats-accuracy-value = { $percent }（正解 { $right } 問）
trivia-stats-points = ポイント
trivia-stats-best-streak = 最高連続正解
trivia-stats-fastest = 最速の正解
trivia-stats-fastest-none = まだありません
trivia-streak-none = まだ 2 問連続の正解はありません
trivia-streak = { $count } 問連続正解

trivia-true = 正しい
trivia-false = 誤り

## Trivia questions (1): the album, its tracks and releases, the timeline and the reviews' sayings
# A generated question's prompt (…-q) and explanation (…-why), filled with data exactly as the sources
# wrote it. English shows the question as the generator words it; these words must say the same.

trivia-q-date = { $month }月{ $day }日
trivia-q-album-label = *{ $album }*をリリースしたレーベルはどこですか？
trivia-q-album-label-why = *{ $album }*は{ $label }からリリースされました。
trivia-q-album-release-date = 報道で発表された*{ $album }*の発売日はいつですか？
trivia-q-album-release-date-why = 報道では、*{ $album }*は{ $month }月{ $day }日発売と発表されました。
trivia-q-album-director = 映画*{ $film }*の脚本・監督を務めたのは誰ですか？
trivia-q-album-director-why = *{ $film }*の脚本・監督は{ $director }です。
trivia-q-album-director-why-year = *{ $film }*の脚本・監督は{ $director }で、{ $year }年に公開されました。
trivia-q-album-year = 映画*{ $film }*が公開されたのは何年ですか？
trivia-q-album-year-why = *{ $film }*は{ $year }年に公開されました。
trivia-q-album-year-why-director = { $director }による*{ $film }*は{ $year }年に公開されました。
trivia-q-album-track-count = *{ $album }*には何曲収録されていますか？
trivia-q-album-track-count-why = *{ $album }*には{ $count }曲が収録されています。
trivia-q-performer = *{ $album }*収録の「{ $title }」を演奏しているのは誰ですか？
trivia-q-true-false = 正しいか誤りか：*{ $album }*収録の「{ $title }」は{ $artist }の曲です。
trivia-q-track-by-artist = *{ $album }*に収録されたこれらの曲のうち、{ $artist }の曲はどれですか？
trivia-q-credit-why =
    { $claims ->
        [0] 「{ $title }」は{ $performers }の名義です。
       *[1] 「{ $title }」については、{ $count1 ->
            [1] { $last1 }
           *[other] { $first1 }と{ $last1 }
        }が「{ $text1 }」と表記しています。
        [2] 「{ $title }」については、{ $count1 ->
            [1] { $last1 }
           *[other] { $first1 }と{ $last1 }
        }が「{ $text1 }」、{ $count2 ->
            [1] { $last2 }
           *[other] { $first2 }と{ $last2 }
        }が「{ $text2 }」と表記しています。
        [3] 「{ $title }」については、{ $count1 ->
            [1] { $last1 }
           *[other] { $first1 }と{ $last1 }
        }が「{ $text1 }」、{ $count2 ->
            [1] { $last2 }
           *[other] { $first2 }と{ $last2 }
        }が「{ $text2 }」、{ $count3 ->
            [1] { $last3 }
           *[other] { $first3 }と{ $last3 }
        }が「{ $text3 }」と表記しています。
    }
trivia-q-position = *{ $album }*のトラックリストで、「{ $title }」は何曲目ですか？
trivia-q-track-at-position = *{ $album }*の{ $position }曲目はどの曲ですか？
trivia-q-position-why =
    「{ $title }」は{ $counted ->
        [yes] アルバム全{ $count }曲中の
       *[no] { "" }
    }{ $position }曲目で、{ $first ->
        [yes] アルバムの幕開けを飾る曲です
       *[no] 「{ $before }」のすぐ次の曲です
    }。
trivia-q-running-order =
    次の4曲を、*{ $album }*での曲順（最初から最後まで）に並べてください：
    { "**1.**" } 「{ $title1 }」
    { "**2.**" } 「{ $title2 }」
    { "**3.**" } 「{ $title3 }」
    { "**4.**" } 「{ $title4 }」
trivia-q-running-order-why = アルバムでの曲順は「{ $title1 }」（{ $position1 }）、「{ $title2 }」（{ $position2 }）、「{ $title3 }」（{ $position3 }）、「{ $title4 }」（{ $position4 }）です。
trivia-q-two-versions = *{ $album }*に2つのバージョンで収録されている曲はどれですか？
trivia-q-two-versions-why = 「{ $version }」は「{ $title }」の別バージョンです。
trivia-q-two-versions-why-again = 「{ $title }」は「{ $version }」として再び収録されています。
trivia-q-original-album = このサウンドトラックより前に、「{ $title }」は{ $artist }のどのアルバムで発表されましたか？
trivia-q-original-year = 「{ $title }」を収録した{ $artist }のアルバム*{ $album }*は、何年に発売されましたか？
trivia-q-original-label = 「{ $title }」を収録した{ $artist }のアルバム*{ $album }*をリリースしたレーベルはどこですか？
trivia-q-original-why =
    「{ $title }」は{ $artist }のアルバム*{ $album }*で発表されました（{ $labelled ->
        [yes] { $label }、
       *[no] { "" }
    }{ $year }年{ $noted ->
        [yes] 、{ $note }
       *[no] { "" }
    }）。
trivia-q-original-why-plain = 「{ $title }」は{ $artist }のアルバム*{ $album }*で発表されました。
trivia-q-which-came-first =
    これらのアルバムのうち、{ $which ->
       *[first] 最初
        [last] 最後
    }に発売されたのはどれですか？
trivia-q-which-came-first-why =
    { $count ->
       *[3] *{ $album1 }*（「{ $title1 }」収録）は{ $year1 }年、*{ $album2 }*（「{ $title2 }」収録）は{ $year2 }年、*{ $album3 }*（「{ $title3 }」収録）は{ $year3 }年に発売されました。
        [4] *{ $album1 }*（「{ $title1 }」収録）は{ $year1 }年、*{ $album2 }*（「{ $title2 }」収録）は{ $year2 }年、*{ $album3 }*（「{ $title3 }」収録）は{ $year3 }年、*{ $album4 }*（「{ $title4 }」収録）は{ $year4 }年に発売されました。
    }
trivia-q-said-by =
    これを書いたのはどのメディアですか？
    > { $phrase }
trivia-q-said-by-why-album =
    { $site ->
        [yes] サイト { $publication }
       *[no] { $publication }
    }が{ $part ->
        [film] 映画
        [label] レーベル
       *[album] アルバム
    }（{ $fact }）について書いたものです。
trivia-q-said-by-why-origin =
    { $site ->
        [yes] サイト { $publication }
       *[no] { $publication }
    }が{ $name }の出身地について書いたものです。
trivia-q-said-by-why-aliases =
    { $site ->
        [yes] サイト { $publication }
       *[no] { $publication }
    }が{ $name }の別名について書いたものです。
trivia-q-said-by-why-members =
    { $site ->
        [yes] サイト { $publication }
       *[no] { $publication }
    }が{ $name }のメンバーについて書いたものです。
trivia-q-said-by-why-member =
    { $site ->
        [yes] サイト { $publication }
       *[no] { $publication }
    }が{ $name }の{ $member }について書いたものです。
trivia-q-said-by-why-artist =
    { $site ->
        [yes] サイト { $publication }
       *[no] { $publication }
    }が{ $name }（{ $detail }）について書いたものです。
trivia-q-said-by-why-track =
    { $site ->
        [yes] サイト { $publication }
       *[no] { $publication }
    }が{ $position }曲目「{ $title }」について書いたものです。
trivia-q-said-by-why-track-credit =
    { $site ->
        [yes] サイト { $publication }
       *[no] { $publication }
    }が{ $position }曲目「{ $title }」のクレジットについて書いたものです。
trivia-q-said-by-why-track-title =
    { $site ->
        [yes] サイト { $publication }
       *[no] { $publication }
    }が{ $position }曲目「{ $title }」の曲名について書いたものです。
trivia-q-said-by-why-track-original =
    { $site ->
        [yes] サイト { $publication }
       *[no] { $publication }
    }が{ $position }曲目「{ $title }」の初出について書いたものです。
trivia-q-quote-word =
    { $publication }のこの引用文で、空欄に入る語はどれですか？
    > { $quote }
trivia-q-quote-word-why = 正解は「{ $word }」です。{ $publication }がサウンドトラックのレビューでこう書いています。


## Trivia questions (2): artists, places, names, reviews and quotes
# $artist, $band (yes: a band), $lowercase, $of; a line-up is $members (all but the last, comma-separated),
# $last and $count; songs are $song1 … $song4 and $songs (how many); $based (yes: "based in").
trivia-q-band-member = { $artist }のメンバーは誰ですか？
trivia-q-member-band = { $person }が所属している、このアルバムのバンドはどれですか？
trivia-q-line-up =
    { $count ->
        [1] { $last }は{ $artist }のメンバーです。
       *[other] { $artist }のメンバーは{ $members }と{ $last }です。
    }
trivia-q-odd-member = 仲間外れはどれ？{ $artist }のメンバーではないのは誰ですか？
trivia-q-odd-member-why = { $outsider }は{ $other }のメンバーです。{ $count ->
        [1] { $last }は{ $artist }のメンバーです。
       *[other] { $artist }のメンバーは{ $members }と{ $last }です。
    }
trivia-q-odd-member-why-not = { $outsider }は{ $artist }のメンバーではありません。{ $count ->
        [1] { $last }は{ $artist }のメンバーです。
       *[other] { $artist }のメンバーは{ $members }と{ $last }です。
    }
trivia-q-origin =
    { $based ->
        [yes] { $artist }の活動拠点はどこですか？
       *[no] { $artist }の出身地はどこですか？
    }
trivia-q-artist-from =
    { $based ->
        [yes] { $home }を拠点に活動しているのは
       *[no] { $home }出身なのは
    }{ $band ->
        [yes] どのバンドですか？
       *[no] どのアーティストですか？
    }
trivia-q-origin-why =
    { $based ->
        [yes] { $artist }は{ $home }を拠点に活動しています。
       *[no] { $artist }は{ $home }出身です。
    }{ $songs ->
        [0] { "" }
       *[other] このアルバムには{ $artist }の{ $songs ->
                [1] 「{ $song1 }」
                [2] 「{ $song1 }」と「{ $song2 }」
                [3] 「{ $song1 }」、「{ $song2 }」と「{ $song3 }」
               *[other] 「{ $song1 }」、「{ $song2 }」、「{ $song3 }」と「{ $song4 }」
            }が収録されています。
    }
trivia-q-origin-true-false =
    正しいか誤りか：{ $based ->
        [yes] { $artist }は{ $place }を拠点に活動しています。
       *[no] { $artist }は{ $place }出身です。
    }
trivia-q-origin-true-false-why =
    { $true ->
        [yes] 正しい
       *[no] 誤り
    }：{ $based ->
        [yes] { $artist }は{ $home }を拠点に活動しています。
       *[no] { $artist }は{ $home }出身です。
    }
trivia-q-label-released = { $label }からリリースされたアルバムはどれですか？
trivia-q-label-released-why = { $label }は{ $artist }の*{ $album }*をリリースしました。このアルバムには「{ $title }」が収録されています。
trivia-q-other-name =
    { $born ->
        [yes] { $name }の出生名は何ですか？
       *[no] { $name }の別名は何ですか？
    }
trivia-q-who-is-named =
    { $born ->
        [yes] 出生名が{ $other }なのは誰ですか？
       *[no] { $other }という別名を持つのは誰ですか？
    }
trivia-q-other-name-why =
    { $born ->
        [yes] { $name }の出生名は{ $other }です。
       *[no] { $name }は{ $other }という名前でも知られています。
    }
trivia-q-quote-describes =
    { $publication }がここで評しているのはどの曲ですか？
    > { $quote }
trivia-q-quote-gap =
    この批評の引用で、抜けている曲名はどれですか？
    > { $quote }
trivia-q-quote-track-why = { $publication }が{ $position }曲目「{ $title }」について書いた文章です。
trivia-q-quote-versions-why = { $publication }が「{ $title }」について書いた文章で、アルバムに収録された2つのバージョン（{ $first }曲目と{ $second }曲目）の両方を指しています。
trivia-q-quote-source =
    これを書いたのはどの媒体ですか？
    > { $quote }
trivia-q-quote-source-why = { $publication }がサウンドトラックを取り上げた記事でこう書きました。


## About, help and privacy: /about, /help, /privacy

about-title = { $title } ボットについて
about-lead = このアルバムのファンのためのボットです。曲、アーティスト、批評家の言葉、クイズを楽しめます。
about-what-it-does = できること
about-help-lists = `/help` で全コマンドを一覧できます。
about-where-from = データの出どころ
about-data-pack = { $tracks } 曲とそのアーティスト、リリースと映画についての事実は、誰でも読んで編集できるデータパックから来ています。
about-gathered-from = 出典は { $publications }。下の「**出典**」ですべて見られます。
about-marks = カードでは、事実のあとの小さな番号（¹˒²）がその出典です。出典どうしが食い違うときは、どの値も残しています。
about-reviews-from = レビューの引用元は { $reviews } です。
about-more-publications = ほか { $count } 媒体
about-add-it = 追加する
about-add-it-how = サーバーに追加すればそこにいる全員が、自分のアカウントに追加すれば DM やどのサーバーでも `/track`、`/quote` などの閲覧用コマンドを使えます。
about-add-to-server = サーバーに追加
about-add-to-account = 自分のアプリに追加
about-version = バージョン { $version }

command-about = このボットについて、データの出どころ、追加のしかた
command-help = 全コマンドを機能別に（あなただけに表示）
help-title = コマンド一覧
help-how-to-type = `/` に続けてコマンド名を入力します。`<オプション>` は必須、`[オプション]` は任意です。カードや引用に `private: True` を付けると、自分だけに表示されます。
help-feature-catalogue = カタログ
help-feature-catalogue-summary = アルバム、収録曲、アーティスト。すべての情報に出典つき
help-feature-quotes = 引用
help-feature-quote-of-the-day = 今日の引用
help-feature-trivia = クイズ
help-feature-about = このボットについて
help-feature-about-summary = このボットについてと、すべてのコマンド
help-feature-privacy = プライバシー
help-feature-privacy-summary = ボットがあなたについて保存しているもの（求めに応じて削除）
help-feature-other = その他
command-privacy = ボットがあなたについて保存しているもの
command-privacy-forget = あなたについて保存しているもの（回答、連続記録、得点）をすべて削除（あなただけに表示）
privacy-nothing = このボットはあなたについて何も保存していません。削除するものはありませんでした。
privacy-daily-answers = 今日の質問への回答 { $count }件
privacy-daily-streaks = 連続記録 { $count }件
privacy-trivia-answers = クイズの回答 { $count }件
privacy-games-started = あなたを開始者として記録していたクイズ { $count }件
privacy-reveals = 今日の質問の答え発表 { $count }件に載っていたあなたの名前
privacy-deleted = 削除しました：{ $deleted }。ランキングと連続記録にあなたはもう含まれません。
privacy-deleted-games-stay = 削除しました：{ $deleted }。ランキングと連続記録にあなたはもう含まれません。あなたが開始したクイズは、ほかのプレイヤーのためにあなたの名前を外して残ります。
