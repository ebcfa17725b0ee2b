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

card-sources-button = 出典（{ $count }）
card-disputed-button = 異説あり（{ $count }）
card-sources-heading = 出典
card-sources-note = 番号はカード内の注番号です。
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
card-list-comma = { $first }、{ $next }
card-list-and = { $first }、{ $next }
card-list-or = { $first }または{ $next }

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

## About, help and privacy: /about, /help, /privacy

command-about = このボットについて、データの出どころ、追加のしかた
command-help = 全コマンドを機能別に（あなただけに表示）
command-privacy = ボットがあなたについて保存しているもの
command-privacy-forget = あなたについて保存しているもの（回答、連続記録、得点）をすべて削除（あなただけに表示）
