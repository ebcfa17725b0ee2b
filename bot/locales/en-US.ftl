# The bot's own words in English (United States): the reference every other locale follows.
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

error-cooldown = Slow down a little: you can use this command again in { $seconds } s.
error-user-permission = You need the { $permissions } permission to use this command.
error-bot-permission = I need the { $permissions } permission in this channel. Ask a server manager to grant it.
error-server-only = This command only works in a server, not in direct messages.
error-check-failed = You can't use this command here.
error-command-gone = That command is no longer available. Discord may still be updating its command list: try again soon.
error-command-changed = This command has changed since Discord last heard about it. Try again in a minute.
error-invalid-value = That value isn't valid here: { $value }
error-unavailable-member = That member isn't in this server (any more), or I can't see them.
error-unavailable-channel = I can't see that channel, or it isn't the kind this option takes.
error-unavailable-role = That role isn't in this server (any more).
error-unavailable-mentionable = I can't find that member or role in this server.
error-database-gone = I'm stopping: my database file went missing. The bot's owner has been told why.
error-database-unreachable = I can't reach my database right now, so I can't answer that. Try again in a minute.
error-database-busy = I'm busy saving something else: nothing was changed. Try again in a few seconds.
error-unexpected = Something went wrong on my side and has been logged. If it keeps happening, tell the bot's owner the reference `{ $reference }`.

permission-manage-guild = Manage Server
permission-manage-messages = Manage Messages
permission-view-channel = View Channel
permission-send-messages = Send Messages
permission-embed-links = Embed Links
permission-read-message-history = Read Message History
permission-create-public-threads = Create Public Threads
permission-send-messages-in-threads = Send Messages in Threads

option-private = Only you see the answer (for use in someone else's server)

card-sources-button = Sources ({ $count })
card-disputed-button = Disputed ({ $count })
card-sources-heading = Sources
card-sources-note = The numbers are the card's marks.
card-disputed-line = ⚠️ **{ $label }:** { $values }
card-disputed-heading = Where the sources disagree
card-section-note = The numbers are the sources: Sources lists them.
card-part-gone = That part of the card isn't there any more: run the command again.
card-gone = That card is from an older version of the bot or its data: run the command again.
card-empty-panel = Nothing here.
card-source-read-it = read it
card-everything-else-buttons = Everything else: the buttons below.
card-everything-else-menu = Everything else: **More** below.
card-page = Page { $page } of { $pages }
card-previous = Previous
card-next = Next
card-more = More
card-more-sections = More: { $sections }

## Catalogue: /album, /tracks, /track, /artist and their cards

command-album = The I'm Here soundtrack: release, film, and facts with their sources
command-tracks = The album's tracks in order, with artists and version notes
command-track = A track's card: artists, versions, and what the reviews said
command-track-title = The track's title (or part of it, or its number on the album)
command-artist = An artist's card: names, members, tracks, and what the reviews said
command-artist-name = The artist's name, any name they go by, or a band member's name

# The cards. Fact labels, section names from the data, titles, names and quotes reach these
# messages as they are; { $marks }, { $placed } and { $counted } are superscript source marks (¹˒²):
# keep each right after the value it follows.
catalogue-fact = **{ $label }:** { $values }
catalogue-fact-disputed = ⚠️ **{ $label }** (the sources disagree): { $values }
catalogue-more-facts = More facts
catalogue-track-count =
    { $count ->
        [one] { $count } track
       *[other] { $count } tracks
    }
catalogue-album-lead = { $artist } · { $tracks } (/tracks lists them)
catalogue-album-footer = ⚠️ the sources disagree: **Disputed** shows each value with its sources
catalogue-tracks-title = { $album }: the tracks
catalogue-tracks-lead =
    { $count ->
        [one] { $count } track
       *[other] { $count } tracks
    }, as the listings print them
catalogue-tracks-footer = ⚠️ the sources disagree on the credit · a track's notes: **More** below, or /track
catalogue-credited-as = Credited as
catalogue-credited-as-disputed = Credited as ⚠️ the sources disagree
catalogue-version = Version
catalogue-also-printed-as = Also printed as
catalogue-original-release = Original release
catalogue-track-place = Track { $position }{ $placed } of { $count }{ $counted }
catalogue-track-by = by { $credit }
catalogue-track-by-disputed = ⚠️ who it is by: the sources disagree
catalogue-track-titled-by = title as printed by { $sources }
catalogue-reviews = What the reviews said
catalogue-track-whole = Every credit and note
catalogue-from-album = “{ $title }” is from *{ $album }*.
catalogue-artist-from = From { $place }
catalogue-artist-tracks =
    { $count ->
        [one] Track
       *[other] Tracks
    } { $numbers } on the album
catalogue-artist-no-tracks = No track of their own on the album
catalogue-also-known-as = Also known as
catalogue-members = Members
catalogue-members-disputed = Members ⚠️ the sources disagree on the line-up
catalogue-also-named = Also named
catalogue-on-this-album = On this album
catalogue-facts = Facts
catalogue-whos-who = Who's who
catalogue-artist-whole = All of the card
catalogue-person-about = { $person }: { $about }
catalogue-person-also = also { $names }
catalogue-person-see = see /artist { $name }
catalogue-who-member = **{ $person }** is a member of { $artist }{ $marks }.
catalogue-who-member-about = **{ $person }** is a member of { $artist }{ $marks }: { $about }.
catalogue-who-named = **{ $person }** is named on { $artist }'s card{ $marks }.
catalogue-who-named-about = **{ $person }** is named on { $artist }'s card{ $marks }: { $about }.

# Refusals of /track and /artist: { $kind } is "track" or "artist"; { $query } is what was typed.
catalogue-matches-more = { $matches } (and { $count } more)
catalogue-ambiguous =
    “{ $query }” matches more than one { $kind ->
        [track] track
       *[other] artist
    }: { $matches }. Which one did you mean? Type a little more, or pick one from the list as you type.
catalogue-near-miss =
    I couldn't find { $kind ->
        [track] a track
       *[other] an artist
    } called “{ $query }”. Did you mean { $matches }?
catalogue-not-found =
    I couldn't find { $kind ->
        [track] a track
       *[other] an artist
    } called “{ $query }”. Pick one from the list as you type, or { $kind ->
        [track] see them all with /tracks
       *[other] empty the option to see them all
    }.

# Shared by every card that cites (bot/ui/citations.py): an inferred value, and how a list joins.
card-inferred = { $value } (inferred)
card-read-from = { $value } — read from { $sources }
list-comma = { $first }, { $next }
list-and = { $first } and { $next }
list-or = { $first } or { $next }

# Shared by every embed card (bot/ui/embeds.py): what was left out to fit Discord.
card-continued = { $name } (continued)
card-left-out =
    { $count ->
        [one] { $count } more section
       *[other] { $count } more sections
    } left out to fit Discord
card-and-more =
    … and { $count } more { $noun ->
        [players] { $count ->
            [one] player
           *[other] players
        }
        [posts] { $count ->
            [one] post
           *[other] posts
        }
        [commands] { $count ->
            [one] command
           *[other] commands
        }
        [sources] { $count ->
            [one] source
           *[other] sources
        }
        [people] { $count ->
            [one] person
           *[other] people
        }
        [tracks] { $count ->
            [one] track
           *[other] tracks
        }
       *[lines] { $count ->
            [one] line
           *[other] lines
        }
    }

## Quotes: /quote and quote cards

command-quote = What the critics wrote about the album
command-quote-random = A random review quote, optionally about a track or artist
command-quote-random-track = Only quotes about this track
command-quote-random-artist = Only quotes about this artist
command-quote-random-source = Only quotes from this publication
command-quote-today = This server's quote of the day, the same for everyone today
command-quote-search = Search the review quotes for words
command-quote-search-text = The words to look for, like: robot love

quotes-title = What the reviews said
quotes-about = About
quotes-one-of =
    { $count ->
        [one] The only quote
       *[other] One of { $count } quotes
    }
quotes-one-of-matching =
    { $count ->
        [one] The only matching quote
       *[other] One of { $count } matching quotes
    }
quotes-and = { $first } and { $second }
quotes-or = { $first } or { $second }
quotes-no-such-source = There are no quotes from that source. The reviews quoted are from { $publications }.
quotes-filter-about = about **{ $name }**
quotes-filter-from = from **{ $publication }**
quotes-nothing-matches = No review quote is { $filters }. Try fewer filters: `/quote random` on its own picks from every quote.
quotes-today-title = Quote of the day
quotes-today-footer = Quote of the day · { $day }
quotes-today-in-a-server = The quote of the day belongs to a server: use this command in one.
quotes-today-not-running = The quote of the day is not running on this bot. Try `/quote random`.
quotes-today-gone = Today's quote is no longer in the data. Try `/quote random` instead.
quotes-search-empty = Type some words to search for, like `robot` or `love songs`.
quotes-too-common-word = “{ $text }” is too common a word to search for. Try another word, like `robot` or `love`.
quotes-too-common-words = “{ $text }” has only words too common to search for. Try another word, like `robot` or `love`.
quotes-search-nothing = No review quote mentions “{ $text }”. Try other words, or `/quote random` for any quote.
quotes-search-best = Best matches for “{ $text }”.
quotes-search-partial = No quote has all of “{ $text }”; these have some of the words.

## Quote of the day: /qotd, the daily post and its question

command-qotd = Post a review quote every day (for server managers)
command-qotd-set = Post the quote of the day in a channel, at a local time
command-qotd-set-channel = Where to post it
command-qotd-set-time = Local time, like 9am, 9:30 pm or 21:30 (default 09:00)
command-qotd-set-timezone = A city or time zone, like Paris, New York or Europe/Paris (default UTC)
command-qotd-set-role = A role to ping with each post (optional)
command-qotd-set-question = Add a trivia question to answer with buttons (default: on)
command-qotd-set-days = Which local days: weekdays, weekends, every day, or like mon,wed,fri (default: every day)
command-qotd-set-thread = Open a public thread on each post to talk in (default: off)
command-qotd-off = Stop posting the quote of the day
command-qotd-status = Where and when the quote of the day is posted, and how it went
command-qotd-preview = See, privately, the quote that will be posted next
command-qotd-post = Post today's quote of the day now, if it hasn't gone out yet
command-qotd-history = The last 10 daily posts, with how their questions went

daily-title = Quote of the day
daily-days-every-day = every day
daily-days-weekdays = on weekdays
daily-days-weekends = on weekends
daily-days-one = on { $day }
daily-days-several = on { $days } and { $last }
daily-days-separator = { ", " }
daily-at-zone = { $time } ({ $zone })
daily-at-fixed = { $time } { $offset } (no daylight saving)
daily-at-fixed-named = { $time } { $offset } ({ $abbreviation }, no daylight saving)
daily-zone-read-as = “{ $typed }” read as { $zone }.
daily-zone-fixed-note = { $abbreviation } is { $offset } all year round. For the time in { $city } through the year, with daylight saving, use { $zone }.
daily-zone-choice-abbreviation = { $zone } ({ $offset } all year, no daylight saving)
daily-zone-choice-fixed = { $zone } ({ $offset }, no daylight saving)
daily-error-time = “{ $typed }” isn't a time I can read. Try 9, 9am, 9:30 pm or 21:30.
daily-error-zone-several = “{ $typed }” has several time zones ({ $zones } and others). Type a city instead, like Chicago or Sydney, or a zone, like America/Chicago.
daily-error-zone-unknown = “{ $typed }” isn't a time zone or a place I know. Type a city (Paris, New York, Tokyo) or pick a zone from the list as you type, like Europe/Paris.
daily-error-days-empty = Say which days: weekdays, weekends, every day, or days like mon,wed,fri.
daily-error-days-word = { $word } is not a day. Use weekdays, weekends, every day, or days like mon,wed,fri.
daily-error-everyone = Pinging @everyone isn't allowed. Choose a role, or leave `role` out.
daily-error-role-unmentionable = { $role } isn't mentionable, and you can't mention it yourself (that needs the Mention Everyone permission), so I won't ping it for you every day. Make the role mentionable (Server Settings > Roles), ask someone who can mention it to choose it, or leave `role` out.
daily-error-cannot-post = I can't post in { $channel }: I need { $permissions } there. Grant it, or pick another channel.
daily-error-cannot-thread = I can't post in { $channel }: I need { $permissions } there (the thread on each post needs it). Grant it, or pick another channel. Or leave `thread` off.
daily-error-cannot-post-or-thread = I can't post in { $channel }: I need { $permissions } there. Grant it, or pick another channel. Or leave `thread` off.
daily-set-done = The quote of the day will be posted in { $channel } { $days } at { $time }.
daily-set-next = Next post: { $when }.
daily-set-gap = That is { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } after the last post: a new time or zone never brings the next post sooner.
daily-set-question = Each post asks a trivia question; the next post reveals its answer.
daily-set-no-question = Posts carry no question (`question:True` adds one).
daily-set-thread = Each post opens a public thread named after its quote.
daily-set-pings = Each post pings { $role }.
daily-set-role-silent = That role is not mentionable, so the ping won't notify anyone: make it mentionable (Server Settings > Roles) or give me Mention Everyone in that channel.
daily-off-already = The daily post is already off. Turn it on with `/qotd set`.
daily-off-done = The quote of the day is off. `/qotd set` turns it back on.
daily-preview-gone = The next quote is no longer in the data; it will be replaced.
daily-preview-title = Next quote of the day ({ $date })
daily-preview-footer = Only you can see this preview
daily-post-off = The daily post is off. Turn it on with `/qotd set`, then post.
daily-post-already-out = Today's quote of the day is already out: [jump to it]({ $url }).
daily-post-failed-today = Today's post failed: { $reason } Once that is fixed, the next post goes out as scheduled.
daily-post-see-status = see /qotd status
daily-post-see-status-end = see /qotd status.
daily-post-still-yesterday = It is still { $today } in { $zone }, and the latest post is dated { $latest }: today's has gone out already.
daily-post-next-comes = The next one comes { $when }.
daily-post-done = Posted today's quote of the day: { $url }
daily-post-went-out = Today's quote of the day already went out: { $url }
daily-post-on-its-way = Today's post is on its way right now; it will be in the channel in a moment.
daily-post-could-not = I couldn't post it: { $reason }
daily-status-off = The daily post is off. Turn it on with `/qotd set channel:#channel`.
daily-status-posting = Posting in { $channel } { $days } at { $time }.
daily-status-each-post = Each post
daily-status-with = With { $question ->
        [yes] a trivia question
       *[no] no question
    }{ $thread ->
        [yes] { " " }and a thread
        [refused] { " " }and a thread (refused: see below)
       *[no] { "" }
    }
daily-status-pings = Pings
daily-status-paused = Paused
daily-status-paused-text = The last { $count } posts failed in a row, so the daily post is paused. Fix the problem below, then run `/qotd set` again to resume.
daily-status-next = Next post
daily-status-last = Last post
daily-status-last-link = { $when } · [jump to it]({ $url })
daily-status-thread-refused = Thread refused
daily-status-dated = { $date }: { $reason }
daily-status-not-posted = Not posted
daily-status-missed = { $date }: { $reason } It kept failing all that day on Discord's side, so it doesn't count as this server's failure.
daily-status-last-failure = Last failure
daily-status-failures = Failures in a row
daily-rate-no-question = no question
daily-rate-none-yet = no answers yet
daily-rate-so-far = { $answers ->
        [one] { $answers } answer
       *[other] { $answers } answers
    } so far, the answer comes with the next post
daily-rate-none = no answers
daily-rate = { $right } of { $answers ->
        [one] { $answers } answer
       *[other] { $answers } answers
    } right ({ NUMBER($ratio, style: "percent") })
daily-history-title = Quote of the day: { $count ->
        [one] the last post
       *[other] the last { $count } posts
    }
daily-history-gone = (a quote no longer in the data)
daily-history-jump = [jump]({ $url })
daily-history-empty = Nothing posted yet. `/qotd set` turns the daily post on.
daily-question-title = Question of the day
daily-question-closed = { $title } · closed
daily-question-footer = Question of the day · { $date } · one answer each, privately; the answer comes with the next post
daily-question-answered-footer = Question of the day · { $date } · answered in the next post
daily-right-answer = Right answer
daily-answers = Answers
daily-tally-nobody = Nobody answered.
daily-tally = { $right } of { $players ->
        [one] { $players } player
       *[other] { $players } players
    } got it right.
daily-reveal-title = The answer to the question of { $date }
daily-reveal-streaks = Longest running streaks
daily-reveal-streak = { $name }: { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
daily-reveal-why = Why
daily-answer-gone = This question is no longer in the bot's data, so it can't be answered.
daily-answer-stored = Locked in: **{ $option }**. The answer comes with the next post.
daily-answer-again = You already answered this one: **{ $option }**. One answer each.
daily-answer-closed = Answers to this question are closed: the answer was { $answer }. { $tally }
daily-stats-streak = Daily streak: { $current ->
        [one] { $current } day
       *[other] { $current } days
    } now, best { $best ->
        [one] { $best } day
       *[other] { $best } days
    }
daily-thread-reason = Quote of the day discussion
daily-thread-forbidden = I'm not allowed to open a thread in { $channel }: give me Create Public Threads there, or turn threads off with `/qotd set thread:False`.
daily-thread-refused = Discord refused the thread: { $reason }
daily-fail-channel-unseen = The channel was deleted, or I can no longer see it. Choose another with /qotd set.
daily-fail-quote-gone = The chosen quote is no longer in the data pack.
daily-fail-timeout = Discord did not answer in time.
daily-fail-forbidden = I'm not allowed to post in { $channel }: give me View Channel, Send Messages and Embed Links there, or choose another channel with /qotd set.
daily-fail-channel-deleted = The channel was deleted. Choose another with /qotd set.
daily-fail-rate-limited = Discord was rate-limiting the bot.
daily-fail-discord-error = Discord had a server error ({ $status }).
daily-fail-refused = Discord refused the post: { $reason }

## Trivia: /trivia, games, leaderboards and stats

command-trivia = Soundtrack trivia the whole channel plays together
command-trivia-start = Start a trivia game in this channel
command-trivia-start-questions = How many questions (1 to 20, default 5)
command-trivia-start-category = Only questions about this (default: everything)
command-trivia-start-difficulty = Only questions this hard (default: any)
command-trivia-stop = Stop this channel's game (its starter, or Manage Messages)
command-trivia-leaderboard = The top ten trivia players, and your own rank
command-trivia-leaderboard-scope = This server or everyone (default: this server)
command-trivia-leaderboard-sort = What to rank by
command-trivia-leaderboard-season = This month's, all time, or last month's top three (default: this month)
command-trivia-stats = A player's trivia stats in this server
command-trivia-stats-member = Whose stats (default: yours)

# The leaderboard's choices, as the command picker lists them
trivia-season-current = This season (this month)
trivia-season-all = All time
trivia-season-previous = Previous season: its hall of fame
trivia-scope-server = This server
trivia-scope-global = Everyone
trivia-sort-points = Points
trivia-sort-accuracy = Accuracy
trivia-sort-games = Games played

# Categories and difficulties as the picker and the messages show them
trivia-category-tracks = Tracks
trivia-category-artists = Artists
trivia-category-reviews = Reviews
trivia-category-album = Album & film
trivia-difficulty-easy = Easy
trivia-difficulty-medium = Medium
trivia-difficulty-hard = Hard

# /trivia start and the answer buttons
trivia-start = **Trivia!** { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }, { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    } each, started by { $starter }. Anyone here can play: pick an answer with the buttons. Faster right answers earn more.
trivia-start-short = **Trivia!** { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    } ({ $note }), { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    } each, started by { $starter }. Anyone here can play: pick an answer with the buttons. Faster right answers earn more.
# Why a game has fewer questions than asked: "(only 3 left that this server hasn't seen)"
trivia-short-unseen = only { $count } left that this server hasn't seen
# $holder is a category's name, or trivia-the-bank: "Reviews has 6 easy questions"
trivia-the-bank = The bank
trivia-pool =
    { $holder } has { $count } { $difficulty ->
        [easy] { $count ->
            [one] easy question
           *[other] easy questions
        }
        [medium] { $count ->
            [one] medium question
           *[other] medium questions
        }
        [hard] { $count ->
            [one] hard question
           *[other] hard questions
        }
       *[any] { $count ->
            [one] question
           *[other] questions
        }
    }
trivia-pool-shared = { $pool }, and only { $got } can share a game (no two ask the same fact)
trivia-text-channel-only = Trivia can only be played in a text channel.
trivia-already-running = A trivia game is already running in this channel.
trivia-already-running-link = A trivia game is already running in this channel: [jump to it]({ $link }).
trivia-unknown-category = There is no trivia category by that name: pick one of { $names }.
trivia-unknown-difficulty = There is no trivia difficulty by that name: pick one of { $names }.
trivia-none-match = No questions match that category and difficulty.
trivia-all-seen = This server has already seen every question that matches. Questions come round again once the server has seen the whole bank: try another category or difficulty, or none.
trivia-play-again = Play again
trivia-play-again-stale = This Play again button is out of date: start a game with /trivia start.
trivia-closed = This question has closed.
trivia-already-answered = You've already locked in an answer to this question.
trivia-locked-in = 🔒 Locked in: **{ $option }**. The answer is revealed when the question closes.

# A question, its reveal and a game's end
trivia-question-title =
    Question { $number } of { $count } · { $category } · { $difficulty ->
        [easy] easy
        [medium] medium
       *[hard] hard
    }
trivia-question-footer = Anyone here can play: one answer each. Picks stay hidden until the reveal.
trivia-time = Time
trivia-closes = Closes { $when }
trivia-closes-answered = Closes { $when } · { $answered } answered
trivia-seconds = { $seconds } s
trivia-percent = { $percent }%
trivia-picks =
    { $count ->
        [one] { $count } pick
       *[other] { $count } picks
    }
trivia-closed-title = { $title } · closed
trivia-right-answer = Right answer
trivia-who-got-it = Who got it right
trivia-nobody-right = Nobody this time.
trivia-right-line = { $player } +{ $points } in { $time }
trivia-right-line-streak = { $player } +{ $points } in { $time } 🔥 { $streak } in a row
trivia-answers = Answers
trivia-answers-line =
    { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    }: { $right } right, { $wrong } wrong (a wrong answer scores nothing)
trivia-why = Why
trivia-top-three = Top three
trivia-next-question = Next question
trivia-podium = Podium
trivia-everyone-else = Everyone else
trivia-no-points = No points this game
trivia-nobody-scored = Nobody scored a point.
trivia-nobody-answered = Nobody answered.
trivia-standing = { $player } — **{ $points }** points · { $right }/{ $answered } right
trivia-standing-fastest = { $player } — **{ $points }** points · { $right }/{ $answered } right · fastest { $time }
trivia-no-points-line = { $player } — { $right }/{ $answered } right
trivia-game-over = Trivia: game over
trivia-thanks = Thanks for playing!

# /trivia stop, and a game a restart cut off
trivia-no-game = No trivia game is running in this channel.
trivia-may-not-stop = Only the player who started this game, or someone with the Manage Messages permission, can stop it.
trivia-stopped = Trivia stopped
trivia-stopped-by = Stopped by { $name }.
trivia-cut-off = Trivia: game cut off
trivia-cut-off-note = This game stopped at question { $number } of { $count } when the bot restarted. Every answer given before then is kept, and the points stand.

# /trivia leaderboard: $where is the server's name or trivia-everyone; $season a month, "January 2026"
trivia-everyone = everyone
trivia-this-server = this server
trivia-leaderboard-title =
    Trivia leaderboard: { $where }, by { $sort ->
        [accuracy] accuracy
        [games] games
       *[points] points
    }
trivia-board-line =
    `#{ $rank }` { $player } — **{ $points }** points · { $percent } right ({ $right }/{ $answers }) · { $games ->
        [one] { $games } game
       *[other] { $games } games
    }
trivia-nobody-yet = Nobody has played yet. Start a game with /trivia start.
trivia-nobody-yet-season = Nobody has played yet this season. Start a game with /trivia start.
trivia-your-rank = Your rank
trivia-your-rank-line =
    Of { $players ->
        [one] { $players } player
       *[other] { $players } players
    }: { $line }
trivia-not-ranked = You haven't answered a question here yet.
trivia-not-ranked-season = You haven't answered a question here yet this season.
trivia-season = Season
# `season: …` names the leaderboard's option and its choice as the picker shows them
trivia-season-all-note = All time. Last season's top three: `season: Previous season`.
trivia-season-note = { $season } ({ $zone }), ends { $when }; its top three go to the hall of fame. Every season together: `season: All time`.
trivia-zone-utc = UTC
trivia-zone = { $zone } time
trivia-hall-title = Trivia hall of fame: { $where }, { $season }
trivia-hall-line =
    { $medal } { $player } — **{ $points }** points · { $right }/{ $answers } right · { $games ->
        [one] { $games } game
       *[other] { $games } games
    }
trivia-hall-empty = Nobody scored a point in { $season }.

# /trivia stats
trivia-stats-title = Trivia stats: { $name }
trivia-stats-footer =
    Everywhere: { $points ->
        [one] { $points } point
       *[other] { $points } points
    } in { $games ->
        [one] { $games } game
       *[other] { $games } games
    }
trivia-stats-here = This server
trivia-stats-no-answers = No answers yet.
trivia-stats-games = Games
trivia-stats-accuracy = Accuracy
trivia-stats-accuracy-value = { $percent } ({ $right } right)
trivia-stats-points = Points
trivia-stats-best-streak = Best streak
trivia-stats-fastest = Fastest right answer
trivia-stats-fastest-none = none yet
trivia-streak-none = no two right in a row yet
trivia-streak = { $count } right answers in a row

trivia-true = True
trivia-false = False

## Trivia questions (1): the album, its tracks and releases, the timeline and the reviews' sayings
# A generated question's prompt (…-q) and explanation (…-why), filled with data exactly as the sources
# wrote it. English shows the question as the generator words it; these words must say the same.

# A day and month (an option of the release-date question): $day and $month are numbers.
trivia-q-date =
    { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
trivia-q-album-label = Which label released *{ $album }*?
trivia-q-album-label-why = *{ $album }* came out on { $label }.
trivia-q-album-release-date = Which release date did the press announce for *{ $album }*?
trivia-q-album-release-date-why =
    The press announced *{ $album }* for release on { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }.
trivia-q-album-director = Who wrote and directed the film *{ $film }*?
trivia-q-album-director-why = { $director } wrote and directed *{ $film }*.
trivia-q-album-director-why-year = { $director } wrote and directed *{ $film }*, which came out in { $year }.
trivia-q-album-year = In which year did the film *{ $film }* come out?
trivia-q-album-year-why = *{ $film }* came out in { $year }.
trivia-q-album-year-why-director = *{ $film }*, by { $director }, came out in { $year }.
trivia-q-album-track-count = How many tracks are on *{ $album }*?
trivia-q-album-track-count-why = *{ $album }* has { $count ->
        [one] { $count } track
       *[other] { $count } tracks
    }.
trivia-q-performer = Who performs “{ $title }” on *{ $album }*?
trivia-q-true-false =
    True or false: “{ $title }” on *{ $album }* is by { $band ->
        [yes] the band { $artist }
       *[no] { $artist }
    }.
trivia-q-track-by-artist = Which of these tracks on *{ $album }* is by { $artist }?
# How the sources print a track's credit, one to three ways ($claims): for each, the publications
# ($first: all but the last, comma-separated; $last; $count: how many) and what they print ($text).
trivia-q-credit-why =
    { $claims ->
        [0] “{ $title }” is credited to { $performers }.
       *[1] For “{ $title }”, { $count1 ->
            [1] { $last1 } prints
           *[other] { $first1 } and { $last1 } print
        } “{ $text1 }”.
        [2] For “{ $title }”, { $count1 ->
            [1] { $last1 } prints
           *[other] { $first1 } and { $last1 } print
        } “{ $text1 }”; { $count2 ->
            [1] { $last2 } prints
           *[other] { $first2 } and { $last2 } print
        } “{ $text2 }”.
        [3] For “{ $title }”, { $count1 ->
            [1] { $last1 } prints
           *[other] { $first1 } and { $last1 } print
        } “{ $text1 }”; { $count2 ->
            [1] { $last2 } prints
           *[other] { $first2 } and { $last2 } print
        } “{ $text2 }”; { $count3 ->
            [1] { $last3 } prints
           *[other] { $first3 } and { $last3 } print
        } “{ $text3 }”.
    }
trivia-q-position = Which number is “{ $title }” on the track list of *{ $album }*?
trivia-q-track-at-position = Which track is number { $position } on *{ $album }*?
trivia-q-position-why =
    “{ $title }” is track { $position }{ $counted ->
        [yes] { " " }of the album's { $count ->
            [one] { $count } track
           *[other] { $count } tracks
        }
       *[no] { "" }
    }{ $first ->
        [yes] , the opening track
       *[no] , right after “{ $before }”
    }.
trivia-q-running-order =
    Put these four tracks in the order they run on *{ $album }*, first to last:
    { "**1.**" } “{ $title1 }”
    { "**2.**" } “{ $title2 }”
    { "**3.**" } “{ $title3 }”
    { "**4.**" } “{ $title4 }”
trivia-q-running-order-why = On the album they run “{ $title1 }” ({ $position1 }), “{ $title2 }” ({ $position2 }), “{ $title3 }” ({ $position3 }) and “{ $title4 }” ({ $position4 }).
trivia-q-two-versions = Which song appears on *{ $album }* in two versions?
# English says it in the note (the pack's words: "a second version of …"); $title, the song this is
# a version of, is there for the other languages.
trivia-q-two-versions-why =
    { $title ->
       *[other] “{ $version }” is { $note }.
    }
trivia-q-two-versions-why-again = “{ $title }” appears again as “{ $version }”.
trivia-q-original-album = Before this soundtrack, “{ $title }” came out on which album by { $artist }?
trivia-q-original-year = In which year did *{ $album }*, the { $artist } album with “{ $title }” on it, come out?
trivia-q-original-label = Which label released *{ $album }*, the { $artist } album with “{ $title }” on it?
# The original release: its label (when $labelled), its year and the pack's note on it (when $noted).
trivia-q-original-why =
    “{ $title }” came out on *{ $album }* by { $artist } ({ $labelled ->
        [yes] { $label },{ " " }
       *[no] { "" }
    }{ $year }{ $noted ->
        [yes] ;{ " " }{ $note }
       *[no] { "" }
    }).
trivia-q-original-why-plain = “{ $title }” came out on *{ $album }* by { $artist }.
trivia-q-which-came-first =
    Which of these albums came out { $which ->
       *[first] first
        [last] last
    }?
trivia-q-which-came-first-why =
    { $count ->
       *[3] *{ $album1 }* (with “{ $title1 }”) came out in { $year1 }, *{ $album2 }* (with “{ $title2 }”) came out in { $year2 } and *{ $album3 }* (with “{ $title3 }”) came out in { $year3 }.
        [4] *{ $album1 }* (with “{ $title1 }”) came out in { $year1 }, *{ $album2 }* (with “{ $title2 }”) came out in { $year2 }, *{ $album3 }* (with “{ $title3 }”) came out in { $year3 } and *{ $album4 }* (with “{ $title4 }”) came out in { $year4 }.
    }
trivia-q-said-by =
    Which publication wrote this?
    > { $phrase }
# Who wrote a phrase, and what about ($site: "yes" for a publication whose name is lower case,
# "The site monsterfresh"; $of: "yes" for a band named "of …", "the band of Montreal").
trivia-q-said-by-why-album =
    { $site ->
        [yes] The site { $publication }
       *[no] { $publication }
    } wrote this, on { $part ->
        [film] the film
        [label] the label
       *[album] the album
    } ({ $fact }).
trivia-q-said-by-why-origin =
    { $site ->
        [yes] The site { $publication }
       *[no] { $publication }
    } wrote this, on where { $of ->
        [yes] the band { $name }
       *[no] { $name }
    } { $plural ->
        [yes] are
       *[no] is
    } from.
trivia-q-said-by-why-aliases =
    { $site ->
        [yes] The site { $publication }
       *[no] { $publication }
    } wrote this, on { $of ->
        [yes] the band { $name }
       *[no] { $name }
    } (other names).
trivia-q-said-by-why-members =
    { $site ->
        [yes] The site { $publication }
       *[no] { $publication }
    } wrote this, on who is in { $of ->
        [yes] the band { $name }
       *[no] { $name }
    }.
trivia-q-said-by-why-member =
    { $site ->
        [yes] The site { $publication }
       *[no] { $publication }
    } wrote this, on { $member }, of { $of ->
        [yes] the band { $name }
       *[no] { $name }
    }.
trivia-q-said-by-why-artist =
    { $site ->
        [yes] The site { $publication }
       *[no] { $publication }
    } wrote this, on { $of ->
        [yes] the band { $name }
       *[no] { $name }
    } ({ $detail }).
trivia-q-said-by-why-track =
    { $site ->
        [yes] The site { $publication }
       *[no] { $publication }
    } wrote this, on track { $position }, “{ $title }”.
trivia-q-said-by-why-track-credit =
    { $site ->
        [yes] The site { $publication }
       *[no] { $publication }
    } wrote this, on who made track { $position }, “{ $title }”.
trivia-q-said-by-why-track-title =
    { $site ->
        [yes] The site { $publication }
       *[no] { $publication }
    } wrote this, on the title of track { $position }, “{ $title }”.
trivia-q-said-by-why-track-original =
    { $site ->
        [yes] The site { $publication }
       *[no] { $publication }
    } wrote this, on where track { $position }, “{ $title }” first came out.
trivia-q-quote-word =
    Which word fills the gap in this quote from { $publication }?
    > { $quote }
trivia-q-quote-word-why = The word is “{ $word }”: { $publication } wrote this in its review of the soundtrack.


## Trivia questions (2): artists, places, names, reviews and quotes
# $artist, $band (yes: a band), $lowercase (yes: the name starts in lower case), $of (yes: it starts
# with "of"); a line-up is $members (all but the last, comma-separated), $last and $count; songs are
# $song1 … $song4 and $songs (how many); $based (yes: the sources say only "based in").
trivia-q-band-member =
    Who is a member of { $of ->
        [yes] the band { $artist }
       *[no] { $artist }
    }?
trivia-q-member-band = Which band on the album is { $person } a member of?
trivia-q-line-up =
    { $count ->
        [1] { $last } is in { $of ->
            [yes] the band { $artist }
           *[no] { $artist }
        }.
       *[other] { $lowercase ->
            [yes] The band { $artist } is
           *[no] { $artist } are
        } { $members } and { $last }.
    }
trivia-q-odd-member =
    Odd one out: which of these is not a member of { $of ->
        [yes] the band { $artist }
       *[no] { $artist }
    }?
# $outsider is in the band $other ($other_of: yes when its name starts with "of")
trivia-q-odd-member-why =
    { $outsider } is in { $other_of ->
        [yes] the band { $other }
       *[no] { $other }
    }. { $count ->
        [1] { $last } is in { $of ->
            [yes] the band { $artist }
           *[no] { $artist }
        }.
       *[other] { $lowercase ->
            [yes] The band { $artist } is
           *[no] { $artist } are
        } { $members } and { $last }.
    }
trivia-q-odd-member-why-not =
    { $outsider } is not in { $of ->
        [yes] the band { $artist }
       *[no] { $artist }
    }. { $count ->
        [1] { $last } is in { $of ->
            [yes] the band { $artist }
           *[no] { $artist }
        }.
       *[other] { $lowercase ->
            [yes] The band { $artist } is
           *[no] { $artist } are
        } { $members } and { $last }.
    }
trivia-q-origin =
    Where { $lowercase ->
        [yes] is the band { $artist }
       *[no] { $band ->
            [yes] are
           *[no] is
        } { $artist }
    } { $based ->
        [yes] based
       *[no] from
    }?
trivia-q-artist-from =
    Which of these { $band ->
        [yes] bands
       *[no] artists
    } is { $based ->
        [yes] based in
       *[no] from
    } { $home }?
# The explanation of trivia-q-origin and trivia-q-artist-from
trivia-q-origin-why =
    { $lowercase ->
        [yes] The band { $artist } is
       *[no] { $artist } { $band ->
            [yes] are
           *[no] is
        }
    } { $based ->
        [yes] based in
       *[no] from
    } { $home }.{ $songs ->
        [0] { "" }
       *[other] { " " }{ $lowercase ->
            [yes] The band { $artist } plays
           *[no] { $artist } { $band ->
                [yes] play
               *[no] plays
            }
        } { $songs ->
                [1] “{ $song1 }”
                [2] “{ $song1 }” and “{ $song2 }”
                [3] “{ $song1 }”, “{ $song2 }” and “{ $song3 }”
               *[other] “{ $song1 }”, “{ $song2 }”, “{ $song3 }” and “{ $song4 }”
            } on the album.
    }
# $place is the act's home ($true: yes) or another act's
trivia-q-origin-true-false =
    True or false: { $lowercase ->
        [yes] the band { $artist } is
       *[no] { $artist } { $band ->
            [yes] are
           *[no] is
        }
    } { $based ->
        [yes] based in
       *[no] from
    } { $place }.
trivia-q-origin-true-false-why =
    { $true ->
        [yes] True
       *[no] False
    }: { $lowercase ->
        [yes] the band { $artist } is
       *[no] { $artist } { $band ->
            [yes] are
           *[no] is
        }
    } { $based ->
        [yes] based in
       *[no] from
    } { $home }.
trivia-q-label-released = Which of these albums came out on { $label }?
# $ends_in_s: yes when the artist's name ends in "s" (English writes "Girls'", not "Girls's")
trivia-q-label-released-why =
    { $label } released { $ends_in_s ->
        [yes] { $artist }'
       *[no] { $artist }'s
    } *{ $album }*, with “{ $title }” on it.
# $name also goes by $other; $born: yes when $other is their birth name
trivia-q-other-name =
    { $born ->
        [yes] What was { $name }'s name at birth?
       *[no] Which other name does { $name } go by?
    }
trivia-q-who-is-named =
    { $born ->
        [yes] Who was born { $other }?
       *[no] Who also goes by the name { $other }?
    }
trivia-q-other-name-why =
    { $born ->
        [yes] { $name } was born { $other }.
       *[no] { $name } is also known as { $other }.
    }
# A review quote ($quote, with the title blanked) and the publication that wrote it
trivia-q-quote-describes =
    Which track is { $publication } describing here?
    > { $quote }
trivia-q-quote-gap =
    Which track's title is missing from this review quote?
    > { $quote }
trivia-q-quote-track-why = { $publication } wrote this about track { $position }, “{ $title }”.
trivia-q-quote-versions-why = { $publication } wrote this about “{ $title }”, in both its versions on the album (track { $first } and track { $second }).
trivia-q-quote-source =
    Which publication wrote this?
    > { $quote }
trivia-q-quote-source-why = { $publication } wrote this in its piece on the soundtrack.


## About, help and privacy: /about, /help, /privacy

about-title = About the { $title } bot
about-lead = A bot for { $about }.
about-what-it-does = What it does
about-help-lists = `/help` lists every command.
about-where-from = Where the data comes from
about-data-pack = The { $tracks ->
        [one] { $tracks } track
       *[other] { $tracks } tracks
    }, their artists, and the release and film facts come from a data pack anyone can read and edit.
about-gathered-from = Gathered from { $publications }: **Sources** below lists every one.
about-marks = On a card, the small numbers after a fact (¹˒²) are its sources; where sources disagree, every value is kept.
about-reviews-from = The review quotes come from { $reviews }.
about-more-publications = { $count ->
        [one] { $count } more publication
       *[other] { $count } more publications
    }
about-add-it = Add it
about-add-it-how = To a server, for everyone there; or to your own account, to use `/track`, `/quote` and the other read-only commands in DMs and in any server.
about-add-to-server = Add to a server
about-add-to-account = Add to my apps
about-version = Version { $version }

command-about = What this bot is, where its data comes from, and how to add it
command-help = Every command, grouped by feature (only you see it)
help-title = Commands
help-how-to-type = Type `/` and the command's name. `<option>` is required, `[option]` optional. Add `private: True` to a card or a quote to see it alone.
help-feature-catalogue = Catalogue
help-feature-catalogue-summary = The album, its tracks and its artists, every fact with its sources
help-feature-quotes = Quotes
help-feature-quote-of-the-day = Quote of the day
help-feature-trivia = Trivia
help-feature-about = About
help-feature-about-summary = What this bot is, and every command it has
help-feature-privacy = Privacy
help-feature-privacy-summary = What the bot keeps about you, deleted on request
help-feature-other = Other
command-privacy = What the bot keeps about you
command-privacy-forget = Delete everything the bot keeps about you: answers, streaks, scores (only you see it)
privacy-nothing = The bot keeps nothing about you: there was nothing to delete.
privacy-daily-answers =
    { $count ->
        [one] { $count } answer to the question of the day
       *[other] { $count } answers to the question of the day
    }
privacy-daily-streaks =
    { $count ->
        [one] { $count } daily streak
       *[other] { $count } daily streaks
    }
privacy-trivia-answers =
    { $count ->
        [one] { $count } trivia answer
       *[other] { $count } trivia answers
    }
privacy-games-started =
    { $count ->
        [one] { $count } trivia game that named you as its starter
       *[other] { $count } trivia games that named you as their starter
    }
privacy-reveals =
    { $count ->
        [one] your name in { $count } reveal of the question of the day
       *[other] your name in { $count } reveals of the question of the day
    }
privacy-deleted = Deleted: { $deleted }. Leaderboards and streaks no longer count you.
privacy-deleted-games-stay = Deleted: { $deleted }. Leaderboards and streaks no longer count you. The games you started stay for the other players, without your name.
