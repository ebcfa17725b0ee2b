# The bot's own words in German (Deutsch). en-US.ftl is the reference: every key there is here.
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

error-cooldown = Etwas langsamer: Du kannst diesen Befehl in { $seconds } s wieder verwenden.
error-user-permission = Für diesen Befehl brauchst du die Berechtigung „{ $permissions }“.
error-bot-permission = Ich brauche in diesem Kanal die Berechtigung „{ $permissions }“. Bitte eine Person, die den Server verwaltet, darum.
error-server-only = Dieser Befehl funktioniert nur auf einem Server, nicht in Direktnachrichten.
error-check-failed = Diesen Befehl kannst du hier nicht verwenden.
error-command-gone = Diesen Befehl gibt es nicht mehr. Discord aktualisiert vielleicht noch seine Befehlsliste: Versuch es gleich noch einmal.
error-command-changed = Dieser Befehl hat sich geändert, seit Discord ihn kennt. Versuch es in einer Minute noch einmal.
error-invalid-value = Dieser Wert ist hier nicht gültig: { $value }
error-unavailable-member = Dieses Mitglied ist nicht (mehr) auf diesem Server, oder ich kann es nicht sehen.
error-unavailable-channel = Ich kann diesen Kanal nicht sehen, oder er ist nicht die Art Kanal, die diese Option erwartet.
error-unavailable-role = Diese Rolle gibt es auf diesem Server nicht (mehr).
error-unavailable-mentionable = Ich finde dieses Mitglied oder diese Rolle auf diesem Server nicht.
error-database-gone = Ich halte an: Meine Datenbankdatei ist verschwunden. Wer den Bot betreibt, hat den Grund erfahren.
error-database-unreachable = Ich erreiche meine Datenbank gerade nicht und kann deshalb nicht antworten. Versuch es in einer Minute noch einmal.
error-database-busy = Ich speichere gerade etwas anderes: Nichts wurde geändert. Versuch es in ein paar Sekunden noch einmal.
error-unexpected = Bei mir ist etwas schiefgegangen; es wurde protokolliert. Wenn es wieder passiert, nenne der Person, die den Bot betreibt, die Referenz `{ $reference }`.

permission-manage-guild = Server verwalten
permission-manage-messages = Nachrichten verwalten
permission-view-channel = Kanal ansehen
permission-send-messages = Nachrichten senden
permission-embed-links = Links einbetten
permission-read-message-history = Nachrichtenverlauf anzeigen
permission-create-public-threads = Öffentliche Threads erstellen
permission-send-messages-in-threads = Nachrichten in Threads senden

card-sources-button = Quellen ({ $count })
card-disputed-button = Umstritten ({ $count })
card-sources-heading = Quellen
card-sources-note = Die Nummern sind die Verweise der Karte.
card-disputed-heading = Wo die Quellen sich widersprechen
card-section-note = Die Nummern verweisen auf die Quellen: „Quellen“ listet sie auf.
card-part-gone = Diesen Teil der Karte gibt es nicht mehr: Führe den Befehl erneut aus.
card-gone = Diese Karte stammt aus einer älteren Version des Bots oder seiner Daten: Führe den Befehl erneut aus.
card-empty-panel = Hier ist nichts.
card-source-read-it = lesen
card-everything-else-buttons = Alles Weitere: die Schaltflächen unten.
card-everything-else-menu = Alles Weitere: **Mehr** unten.
card-page = Seite { $page } von { $pages }
card-previous = Zurück
card-next = Weiter
card-more = Mehr
card-more-sections = Mehr: { $sections }

## Catalogue: /album, /tracks, /track, /artist and their cards

command-album = Der Soundtrack zu I'm Here: Veröffentlichung, Film und Fakten mit ihren Quellen
command-tracks = Die Stücke des Albums in Reihenfolge, mit Interpreten und Versionshinweisen
command-track = Die Karte eines Stücks: Interpreten, Versionen und was die Kritiken schrieben
command-track-title = Der Titel des Stücks (oder ein Teil davon, oder seine Nummer auf dem Album)
command-artist = Die Karte eines Interpreten: Namen, Mitglieder, Stücke und was die Kritiken schrieben
command-artist-name = Der Name des Interpreten, ein anderer Name, oder der Name eines Bandmitglieds

# The cards. Fact labels, section names from the data, titles, names and quotes reach these
# messages as they are; { $marks }, { $placed } and { $counted } are superscript source marks (¹˒²):
# keep each right after the value it follows.
catalogue-fact = **{ $label }:** { $values }
catalogue-fact-disputed = ⚠️ **{ $label }** (die Quellen widersprechen sich): { $values }
catalogue-more-facts = Weitere Fakten
catalogue-track-count =
    { $count ->
        [one] { $count } Stück
       *[other] { $count } Stücke
    }
catalogue-album-lead = { $artist } · { $tracks } (/tracks listet sie auf)
catalogue-album-footer = ⚠️ die Quellen widersprechen sich: **Umstritten** zeigt jeden Wert mit seinen Quellen
catalogue-tracks-title = { $album }: die Stücke
catalogue-tracks-lead =
    { $count ->
        [one] { $count } Stück
       *[other] { $count } Stücke
    }, wie die Titellisten sie abdrucken
catalogue-tracks-footer = ⚠️ die Quellen widersprechen sich bei der Nennung · Hinweise zu einem Stück: **Mehr** unten, oder /track
catalogue-credited-as = Genannt als
catalogue-credited-as-disputed = Genannt als ⚠️ die Quellen widersprechen sich
catalogue-version = Version
catalogue-also-printed-as = Auch abgedruckt als
catalogue-original-release = Originalveröffentlichung
catalogue-track-place = Stück { $position }{ $placed } von { $count }{ $counted }
catalogue-track-by = von { $credit }
catalogue-track-by-disputed = ⚠️ von wem es ist: Die Quellen widersprechen sich
catalogue-track-titled-by = Titel wie bei { $sources } abgedruckt
catalogue-reviews = Was die Kritiken schrieben
catalogue-track-whole = Alle Nennungen und Hinweise
catalogue-from-album = „{ $title }“ stammt aus *{ $album }*.
catalogue-artist-from = Aus { $place }
catalogue-artist-tracks =
    { $count ->
        [one] Stück
       *[other] Stücke
    } { $numbers } auf dem Album
catalogue-artist-no-tracks = Kein eigenes Stück auf dem Album
catalogue-also-known-as = Auch bekannt als
catalogue-members = Mitglieder
catalogue-members-disputed = Mitglieder ⚠️ die Quellen widersprechen sich bei der Besetzung
catalogue-also-named = Ebenfalls genannt
catalogue-on-this-album = Auf diesem Album
catalogue-facts = Fakten
catalogue-whos-who = Wer ist wer
catalogue-artist-whole = Die ganze Karte
catalogue-person-about = { $person }: { $about }
catalogue-person-also = auch { $names }
catalogue-person-see = siehe /artist { $name }
catalogue-who-member = **{ $person }** ist Mitglied von { $artist }{ $marks }.
catalogue-who-member-about = **{ $person }** ist Mitglied von { $artist }{ $marks }: { $about }.
catalogue-who-named = **{ $person }** wird auf der Karte von { $artist } genannt{ $marks }.
catalogue-who-named-about = **{ $person }** wird auf der Karte von { $artist } genannt{ $marks }: { $about }.

# Refusals of /track and /artist: { $kind } is "track" or "artist"; { $query } is what was typed.
catalogue-matches-more = { $matches } (und { $count } weitere)
catalogue-ambiguous =
    „{ $query }“ passt zu mehreren { $kind ->
        [track] Stücken
       *[other] Interpreten
    }: { $matches }. { $kind ->
        [track] Welches
       *[other] Welchen
    } meintest du? Tippe etwas mehr oder wähle beim Tippen einen Eintrag aus der Liste.
catalogue-near-miss =
    Ich finde { $kind ->
        [track] kein Stück
       *[other] keinen Interpreten
    } namens „{ $query }“. Meintest du { $matches }?
catalogue-not-found =
    Ich finde { $kind ->
        [track] kein Stück
       *[other] keinen Interpreten
    } namens „{ $query }“. Wähle beim Tippen einen Eintrag aus der Liste oder { $kind ->
        [track] sieh dir mit /tracks alle an
       *[other] leere die Option, um alle zu sehen
    }.

# Shared by every card that cites (bot/ui/citations.py): an inferred value, and how a list joins.
card-inferred = { $value } (erschlossen)
card-read-from = { $value } — gestützt auf { $sources }
card-list-comma = { $first }, { $next }
card-list-and = { $first } und { $next }
card-list-or = { $first } oder { $next }

# Shared by every embed card (bot/ui/embeds.py): what was left out to fit Discord.
card-continued = { $name } (Fortsetzung)
card-left-out =
    { $count ->
        [one] { $count } Abschnitt
       *[other] { $count } Abschnitte
    } weggelassen (Discord-Limit)
card-and-more =
    … und { $count } { $noun ->
        [players] { $count ->
            [one] weiterer Spieler
           *[other] weitere Spieler
        }
        [posts] { $count ->
            [one] weiterer Beitrag
           *[other] weitere Beiträge
        }
        [commands] { $count ->
            [one] weiterer Befehl
           *[other] weitere Befehle
        }
        [sources] { $count ->
            [one] weitere Quelle
           *[other] weitere Quellen
        }
        [people] { $count ->
            [one] weitere Person
           *[other] weitere Personen
        }
        [tracks] { $count ->
            [one] weiteres Stück
           *[other] weitere Stücke
        }
       *[lines] { $count ->
            [one] weitere Zeile
           *[other] weitere Zeilen
        }
    }

## Quotes: /quote and quote cards

command-quote = Was die Kritik über das Album schrieb
command-quote-random = Ein zufälliges Zitat aus den Kritiken, auf Wunsch zu einem Stück oder Interpreten
command-quote-random-track = Nur Zitate über dieses Stück
command-quote-random-artist = Nur Zitate über diesen Interpreten
command-quote-random-source = Nur Zitate aus dieser Publikation
command-quote-today = Das Zitat des Tages dieses Servers, heute für alle dasselbe
command-quote-search = Die Zitate aus den Kritiken nach Wörtern durchsuchen
command-quote-search-text = Die gesuchten Wörter, zum Beispiel: robot love

## Quote of the day: /qotd, the daily post and its question

command-qotd = Jeden Tag ein Zitat aus den Kritiken posten (für Serververwaltende)
command-qotd-set = Das Zitat des Tages in einem Kanal posten, zu einer Ortszeit
command-qotd-set-channel = Wo es gepostet wird
command-qotd-set-time = Ortszeit, etwa 9am, 9:30 pm oder 21:30 (Standard 09:00)
command-qotd-set-timezone = Eine Stadt oder Zeitzone, etwa Berlin, New York oder Europe/Berlin (Standard UTC)
command-qotd-set-role = Eine Rolle, die bei jedem Post erwähnt wird (optional)
command-qotd-set-question = Eine Quizfrage mit Antwort-Schaltflächen hinzufügen (Standard: an)
command-qotd-set-days = Welche Tage: weekdays, weekends, every day oder mon,wed,fri (Standard: jeden Tag)
command-qotd-set-thread = Zu jedem Post einen öffentlichen Thread zum Reden öffnen (Standard: aus)
command-qotd-off = Das Zitat des Tages nicht mehr posten
command-qotd-status = Wo und wann das Zitat des Tages gepostet wird, und wie es lief
command-qotd-preview = Privat das Zitat sehen, das als Nächstes gepostet wird
command-qotd-post = Das heutige Zitat des Tages jetzt posten, falls es noch nicht raus ist
command-qotd-history = Die letzten 10 Tagesposts, und wie ihre Fragen liefen

## Trivia: /trivia, games, leaderboards and stats

command-trivia = Quiz zum Soundtrack, das der ganze Kanal gemeinsam spielt
command-trivia-start = Ein Quiz in diesem Kanal starten
command-trivia-start-questions = Wie viele Fragen (1 bis 20, Standard 5)
command-trivia-start-category = Nur Fragen hierzu (Standard: alles)
command-trivia-start-difficulty = Nur Fragen dieser Schwierigkeit (Standard: alle)
command-trivia-stop = Das Quiz dieses Kanals beenden (wer es startete, oder „Nachrichten verwalten“)
command-trivia-leaderboard = Die zehn besten Quiz-Spieler und dein eigener Rang
command-trivia-leaderboard-scope = Dieser Server oder alle (Standard: dieser Server)
command-trivia-leaderboard-sort = Wonach gereiht wird
command-trivia-leaderboard-season = Dieser Monat, alle Zeiten oder die drei Besten des Vormonats (Standard: dieser Monat)
command-trivia-stats = Die Quiz-Statistik eines Spielers auf diesem Server
command-trivia-stats-member = Wessen Statistik (Standard: deine)

## About, help and privacy: /about, /help, /privacy

command-about = Was dieser Bot ist, woher seine Daten stammen und wie man ihn hinzufügt
command-help = Alle Befehle, nach Funktion gruppiert (nur du siehst es)
command-privacy = Was der Bot über dich speichert
command-privacy-forget = Alles löschen, was der Bot über dich speichert: Antworten, Serien, Punkte (nur du siehst es)
