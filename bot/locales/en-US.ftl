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

card-sources-button = Sources ({ $count })
card-disputed-button = Disputed ({ $count })
card-sources-heading = Sources
card-sources-note = The numbers are the card's marks.
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
card-list-comma = { $first }, { $next }
card-list-and = { $first } and { $next }
card-list-or = { $first } or { $next }

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

## About, help and privacy: /about, /help, /privacy

command-about = What this bot is, where its data comes from, and how to add it
command-help = Every command, grouped by feature (only you see it)
command-privacy = What the bot keeps about you
command-privacy-forget = Delete everything the bot keeps about you: answers, streaks, scores (only you see it)
