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

option-private = Nur du siehst die Antwort (für fremde Server)

card-sources-button = Quellen ({ $count })
card-disputed-button = Umstritten ({ $count })
card-sources-heading = Quellen
card-sources-note = Die Nummern sind die Verweise der Karte.
card-disputed-line = ⚠️ **{ $label }:** { $values }
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
list-comma = { $first }, { $next }
list-and = { $first } und { $next }
list-or = { $first } oder { $next }

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

quotes-title = Was die Kritiken sagten
quotes-about = Worum es geht
quotes-one-of =
    { $count ->
        [one] Das einzige Zitat
       *[other] Eines von { $count } Zitaten
    }
quotes-one-of-matching =
    { $count ->
        [one] Das einzige passende Zitat
       *[other] Eines von { $count } passenden Zitaten
    }
quotes-and = { $first } und { $second }
quotes-or = { $first } oder { $second }
quotes-no-such-source = Aus dieser Quelle gibt es keine Zitate. Die zitierten Kritiken stammen aus { $publications }.
quotes-filter-about = über **{ $name }**
quotes-filter-from = aus **{ $publication }**
quotes-nothing-matches = Es gibt kein Zitat aus den Kritiken { $filters }. Versuch es mit weniger Filtern: `/quote random` allein wählt aus allen Zitaten.
quotes-today-title = Zitat des Tages
quotes-today-footer = Zitat des Tages · { $day }
quotes-today-in-a-server = Das Zitat des Tages gehört zu einem Server: Verwende diesen Befehl auf einem Server.
quotes-today-not-running = Das Zitat des Tages ist bei diesem Bot nicht aktiv. Versuch es mit `/quote random`.
quotes-today-gone = Das heutige Zitat ist nicht mehr in den Daten. Versuch es stattdessen mit `/quote random`.
quotes-search-empty = Gib Wörter ein, nach denen gesucht werden soll (auf Englisch, wie die Zitate), z. B. `robot` oder `love songs`.
quotes-too-common-word = „{ $text }“ ist ein zu häufiges Wort für eine Suche. Versuch ein anderes Wort (auf Englisch, wie die Zitate), z. B. `robot` oder `love`.
quotes-too-common-words = „{ $text }“ enthält nur Wörter, die für eine Suche zu häufig sind. Versuch ein anderes Wort (auf Englisch, wie die Zitate), z. B. `robot` oder `love`.
quotes-search-nothing = Kein Zitat aus den Kritiken erwähnt „{ $text }“. Versuch es mit anderen Wörtern oder mit `/quote random` für ein beliebiges Zitat.
quotes-search-best = Beste Treffer für „{ $text }“.
quotes-search-partial = Kein Zitat enthält alle Wörter von „{ $text }“; diese enthalten einige davon.

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

daily-title = Zitat des Tages
daily-days-every-day = jeden Tag
daily-days-weekdays = von Montag bis Freitag
daily-days-weekends = am Wochenende
daily-days-one = jeden { $day }
daily-days-several = jeden { $days } und { $last }
daily-days-separator = { ", " }
daily-at-zone = { $time } ({ $zone })
daily-at-fixed = { $time } { $offset } (ohne Sommerzeit)
daily-at-fixed-named = { $time } { $offset } ({ $abbreviation }, ohne Sommerzeit)
daily-zone-read-as = „{ $typed }“ verstanden als { $zone }.
daily-zone-fixed-note = { $abbreviation } ist das ganze Jahr über { $offset }. Für die Uhrzeit in { $city } übers Jahr, mit Sommerzeit, nimm { $zone }.
daily-zone-choice-abbreviation = { $zone } ({ $offset } ganzjährig, ohne Sommerzeit)
daily-zone-choice-fixed = { $zone } ({ $offset }, ohne Sommerzeit)
daily-error-time = „{ $typed }“ kann ich nicht als Uhrzeit lesen. Versuch es mit 9, 9am, 9:30 pm oder 21:30.
daily-error-zone-several = „{ $typed }“ hat mehrere Zeitzonen ({ $zones } und weitere). Gib stattdessen eine Stadt an, etwa Chicago oder Sydney, oder eine Zone, etwa America/Chicago.
daily-error-zone-unknown = „{ $typed }“ ist keine Zeitzone und kein Ort, den ich kenne. Gib eine Stadt an (Paris, New York, Tokyo) oder wähle beim Tippen eine Zone aus der Liste, etwa Europe/Paris.
daily-error-days-empty = Gib die Tage an: weekdays (Montag bis Freitag), weekends (Wochenende), every day (jeden Tag) oder Tage wie mon,wed,fri.
daily-error-days-word = { $word } ist kein Tag. Nimm weekdays (Montag bis Freitag), weekends (Wochenende), every day (jeden Tag) oder Tage wie mon,wed,fri.
daily-error-everyone = @everyone zu pingen ist nicht erlaubt. Wähle eine Rolle oder lass `role` weg.
daily-error-role-unmentionable = { $role } ist nicht erwähnbar, und du kannst die Rolle selbst nicht erwähnen (dafür braucht es die Berechtigung „Erwähne @everyone, @here und alle Rollen“), also pinge ich sie nicht jeden Tag für dich. Mach die Rolle erwähnbar (Servereinstellungen > Rollen), bitte jemanden, der sie erwähnen darf, sie auszuwählen, oder lass `role` weg.
daily-error-cannot-post = Ich kann in { $channel } nicht posten: Ich brauche dort { $permissions }. Erteile mir das oder wähle einen anderen Kanal.
daily-error-cannot-thread = Ich kann in { $channel } nicht posten: Ich brauche dort { $permissions } (der Thread zu jedem Post braucht das). Erteile mir das oder wähle einen anderen Kanal. Oder lass `thread` aus.
daily-error-cannot-post-or-thread = Ich kann in { $channel } nicht posten: Ich brauche dort { $permissions }. Erteile mir das oder wähle einen anderen Kanal. Oder lass `thread` aus.
daily-set-done = Das Zitat des Tages wird in { $channel } { $days } um { $time } gepostet.
daily-set-next = Nächster Post: { $when }.
daily-set-gap = Das ist { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    } nach dem letzten Post: Eine neue Uhrzeit oder Zone holt den nächsten Post nie früher.
daily-set-question = Jeder Post stellt eine Quizfrage; der nächste Post verrät die Antwort.
daily-set-no-question = Die Posts stellen keine Frage (`question:True` fügt eine hinzu).
daily-set-thread = Jeder Post öffnet einen öffentlichen Thread, benannt nach seinem Zitat.
daily-set-pings = Jeder Post pingt { $role }.
daily-set-role-silent = Diese Rolle ist nicht erwähnbar, der Ping benachrichtigt also niemanden: Mach sie erwähnbar (Servereinstellungen > Rollen) oder gib mir in diesem Kanal die Berechtigung „Erwähne @everyone, @here und alle Rollen“.
daily-off-already = Der tägliche Post ist schon aus. Schalte ihn mit `/qotd set` ein.
daily-off-done = Das Zitat des Tages ist aus. `/qotd set` schaltet es wieder ein.
daily-preview-gone = Das nächste Zitat ist nicht mehr in den Daten; es wird ersetzt.
daily-preview-title = Nächstes Zitat des Tages ({ $date })
daily-preview-footer = Nur du siehst diese Vorschau
daily-post-off = Der tägliche Post ist aus. Schalte ihn mit `/qotd set` ein und poste dann.
daily-post-already-out = Das heutige Zitat des Tages ist schon draußen: [zum Post]({ $url }).
daily-post-failed-today = Der heutige Post ist fehlgeschlagen: { $reason } Sobald das behoben ist, geht der nächste Post wie geplant raus.
daily-post-see-status = siehe /qotd status
daily-post-see-status-end = siehe /qotd status.
daily-post-still-yesterday = In { $zone } ist noch der { $today }, und der letzte Post ist auf den { $latest } datiert: Der heutige ist schon raus.
daily-post-next-comes = Der nächste kommt { $when }.
daily-post-done = Das heutige Zitat des Tages ist gepostet: { $url }
daily-post-went-out = Das heutige Zitat des Tages war schon draußen: { $url }
daily-post-on-its-way = Der heutige Post ist gerade unterwegs; er ist gleich im Kanal.
daily-post-could-not = Ich konnte ihn nicht posten: { $reason }
daily-status-off = Der tägliche Post ist aus. Schalte ihn mit `/qotd set channel:#kanal` ein.
daily-status-posting = Wird in { $channel } { $days } um { $time } gepostet.
daily-status-each-post = Jeder Post
daily-status-with = { $question ->
        [yes] Mit einer Quizfrage
       *[no] Ohne Frage
    }{ $thread ->
        [yes] { " " }und einem Thread
        [refused] { " " }und einem Thread (abgelehnt: siehe unten)
       *[no] { "" }
    }
daily-status-pings = Pings
daily-status-paused = Pausiert
daily-status-paused-text = Die letzten { $count } Posts sind nacheinander fehlgeschlagen, deshalb ist der tägliche Post pausiert. Behebe das Problem unten und führe dann `/qotd set` erneut aus, um weiterzumachen.
daily-status-next = Nächster Post
daily-status-last = Letzter Post
daily-status-last-link = { $when } · [zum Post]({ $url })
daily-status-thread-refused = Thread abgelehnt
daily-status-dated = { $date }: { $reason }
daily-status-not-posted = Nicht gepostet
daily-status-missed = { $date }: { $reason } Es ist den ganzen Tag auf Discords Seite fehlgeschlagen und zählt daher nicht als Fehler dieses Servers.
daily-status-last-failure = Letzter Fehler
daily-status-failures = Fehler in Folge
daily-rate-no-question = keine Frage
daily-rate-none-yet = noch keine Antworten
daily-rate-so-far = bisher { $answers ->
        [one] { $answers } Antwort
       *[other] { $answers } Antworten
    }, die Lösung kommt mit dem nächsten Post
daily-rate-none = keine Antworten
daily-rate = { $right } von { $answers ->
        [one] { $answers } Antwort
       *[other] { $answers } Antworten
    } richtig ({ NUMBER($ratio, style: "percent") })
daily-history-title = Zitat des Tages: { $count ->
        [one] der letzte Post
       *[other] die letzten { $count } Posts
    }
daily-history-gone = (ein Zitat, das nicht mehr in den Daten ist)
daily-history-jump = [zum Post]({ $url })
daily-history-empty = Noch nichts gepostet. `/qotd set` schaltet den täglichen Post ein.
daily-question-title = Frage des Tages
daily-question-closed = { $title } · beendet
daily-question-footer = Frage des Tages · { $date } · eine Antwort pro Person, privat; die Lösung kommt mit dem nächsten Post
daily-question-answered-footer = Frage des Tages · { $date } · beantwortet im nächsten Post
daily-right-answer = Richtige Antwort
daily-answers = Antworten
daily-tally-nobody = Niemand hat geantwortet.
daily-tally = { $right } von { $players ->
        [one] { $players } Person
       *[other] { $players } Personen
    } { $right ->
        [one] lag
       *[other] lagen
    } richtig.
daily-reveal-title = Die Antwort auf die Frage vom { $date }
daily-reveal-streaks = Längste laufende Serien
daily-reveal-streak = { $name }: { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
daily-reveal-why = Warum
daily-answer-gone = Diese Frage ist nicht mehr in den Daten des Bots und kann daher nicht beantwortet werden.
daily-answer-stored = Antwort gespeichert: **{ $option }**. Die Lösung kommt mit dem nächsten Post.
daily-answer-again = Du hast diese Frage schon beantwortet: **{ $option }**. Eine Antwort pro Person.
daily-answer-closed = Die Antworten auf diese Frage sind geschlossen: Die Lösung war { $answer }. { $tally }
daily-stats-streak = Tägliche Serie: jetzt { $current ->
        [one] { $current } Tag
       *[other] { $current } Tage
    }, Bestwert { $best ->
        [one] { $best } Tag
       *[other] { $best } Tage
    }
daily-thread-reason = Diskussion zum Zitat des Tages
daily-thread-forbidden = Ich darf in { $channel } keinen Thread öffnen: Gib mir dort die Berechtigung „Öffentliche Threads erstellen“ oder schalte Threads mit `/qotd set thread:False` aus.
daily-thread-refused = Discord hat den Thread abgelehnt: { $reason }
daily-fail-channel-unseen = Der Kanal wurde gelöscht, oder ich kann ihn nicht mehr sehen. Wähle mit /qotd set einen anderen.
daily-fail-quote-gone = Das gewählte Zitat ist nicht mehr im Datenpaket.
daily-fail-timeout = Discord hat nicht rechtzeitig geantwortet.
daily-fail-forbidden = Ich darf in { $channel } nicht posten: Gib mir dort „Kanal ansehen“, „Nachrichten senden“ und „Links einbetten“ oder wähle mit /qotd set einen anderen Kanal.
daily-fail-channel-deleted = Der Kanal wurde gelöscht. Wähle mit /qotd set einen anderen.
daily-fail-rate-limited = Discord hat den Bot gedrosselt (Rate-Limit).
daily-fail-discord-error = Discord hatte einen Serverfehler ({ $status }).
daily-fail-refused = Discord hat den Post abgelehnt: { $reason }

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

# The leaderboard's choices, as the command picker lists them
trivia-season-current = Diese Saison (dieser Monat)
trivia-season-all = Alle Zeiten
trivia-season-previous = Vorige Saison: ihre Ruhmeshalle
trivia-scope-server = Dieser Server
trivia-scope-global = Alle
trivia-sort-points = Punkte
trivia-sort-accuracy = Trefferquote
trivia-sort-games = Gespielte Spiele

# Categories and difficulties as the picker and the messages show them
trivia-category-tracks = Stücke
trivia-category-artists = Interpreten
trivia-category-reviews = Kritiken
trivia-category-album = Album & Film
trivia-difficulty-easy = Leicht
trivia-difficulty-medium = Mittel
trivia-difficulty-hard = Schwer

# /trivia start and the answer buttons
trivia-start = **Quiz!** { $questions ->
        [one] { $questions } Frage
       *[other] { $questions } Fragen
    }, je { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }, gestartet von { $starter }. Alle hier können mitspielen: Wähle eine Antwort mit den Buttons. Schnelle richtige Antworten bringen mehr Punkte.
trivia-start-short = **Quiz!** { $questions ->
        [one] { $questions } Frage
       *[other] { $questions } Fragen
    } ({ $note }), je { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }, gestartet von { $starter }. Alle hier können mitspielen: Wähle eine Antwort mit den Buttons. Schnelle richtige Antworten bringen mehr Punkte.
# Why a game has fewer questions than asked: "(only 3 left that this server hasn't seen)"
trivia-short-unseen =
    { $count ->
        [one] nur noch { $count } Frage, die dieser Server noch nicht gesehen hat
       *[other] nur noch { $count } Fragen, die dieser Server noch nicht gesehen hat
    }
# $holder is a category's name, or trivia-the-bank: "Reviews has 6 easy questions"
trivia-the-bank = Der Fragenkatalog
trivia-pool =
    { $holder }: { $count } { $difficulty ->
        [easy] { $count ->
            [one] leichte Frage
           *[other] leichte Fragen
        }
        [medium] { $count ->
            [one] mittelschwere Frage
           *[other] mittelschwere Fragen
        }
        [hard] { $count ->
            [one] schwere Frage
           *[other] schwere Fragen
        }
       *[any] { $count ->
            [one] Frage
           *[other] Fragen
        }
    }
trivia-pool-shared = { $pool }, davon passen nur { $got } in ein Spiel (keine zwei fragen nach derselben Tatsache)
trivia-text-channel-only = Quiz kann nur in einem Textkanal gespielt werden.
trivia-already-running = In diesem Kanal läuft schon ein Quiz.
trivia-already-running-link = In diesem Kanal läuft schon ein Quiz: [zum Quiz springen]({ $link }).
trivia-unknown-category = Eine Quiz-Kategorie mit diesem Namen gibt es nicht. Wähle eine von: { $names }.
trivia-unknown-difficulty = Eine Quiz-Schwierigkeit mit diesem Namen gibt es nicht. Wähle eine von: { $names }.
trivia-none-match = Zu dieser Kategorie und Schwierigkeit passen keine Fragen.
trivia-all-seen = Dieser Server hat schon jede passende Frage gesehen. Fragen kommen wieder, sobald der Server den ganzen Fragenkatalog gesehen hat: Versuch es mit einer anderen Kategorie oder Schwierigkeit, oder ohne.
trivia-play-again = Nochmal spielen
trivia-play-again-stale = Dieser „Nochmal spielen“-Button ist veraltet: Starte ein Quiz mit /trivia start.
trivia-closed = Diese Frage ist schon geschlossen.
trivia-already-answered = Du hast für diese Frage schon eine Antwort festgelegt.
trivia-locked-in = 🔒 Festgelegt: **{ $option }**. Die Auflösung kommt, sobald die Frage schließt.

# A question, its reveal and a game's end
trivia-question-title =
    Frage { $number } von { $count } · { $category } · { $difficulty ->
        [easy] leicht
        [medium] mittel
       *[hard] schwer
    }
trivia-question-footer = Alle hier können mitspielen: eine Antwort pro Person. Wer was gewählt hat, bleibt bis zur Auflösung verborgen.
trivia-time = Zeit
trivia-closes = Schließt { $when }
trivia-closes-answered = Schließt { $when } · { $answered } geantwortet
trivia-seconds = { $seconds } s
trivia-percent = { $percent } %
trivia-picks =
    { $count ->
        [one] { $count }× gewählt
       *[other] { $count }× gewählt
    }
trivia-closed-title = { $title } · geschlossen
trivia-right-answer = Richtige Antwort
trivia-who-got-it = Wer richtig lag
trivia-nobody-right = Diesmal niemand.
trivia-right-line = { $player } +{ $points } in { $time }
trivia-right-line-streak = { $player } +{ $points } in { $time } 🔥 { $streak } in Folge
trivia-answers = Antworten
trivia-answers-line =
    { $count ->
        [one] { $count } Antwort
       *[other] { $count } Antworten
    }: { $right } richtig, { $wrong } falsch (eine falsche Antwort bringt nichts)
trivia-why = Warum
trivia-top-three = Top drei
trivia-next-question = Nächste Frage
trivia-podium = Podium
trivia-everyone-else = Alle anderen
trivia-no-points = Keine Punkte in diesem Spiel
trivia-nobody-scored = Niemand hat einen Punkt geholt.
trivia-nobody-answered = Niemand hat geantwortet.
trivia-standing =
    { $player } — **{ $points }** { $points ->
        [one] Punkt
       *[other] Punkte
    } · { $right }/{ $answered } richtig
trivia-standing-fastest =
    { $player } — **{ $points }** { $points ->
        [one] Punkt
       *[other] Punkte
    } · { $right }/{ $answered } richtig · schnellste: { $time }
trivia-no-points-line = { $player } — { $right }/{ $answered } richtig
trivia-game-over = Quiz: Spiel vorbei
trivia-thanks = Danke fürs Mitspielen!

# /trivia stop, and a game a restart cut off
trivia-no-game = In diesem Kanal läuft kein Quiz.
trivia-may-not-stop = Nur wer dieses Quiz gestartet hat oder die Berechtigung „Nachrichten verwalten“ hat, kann es beenden.
trivia-stopped = Quiz beendet
trivia-stopped-by = Beendet von { $name }.
trivia-cut-off = Quiz: Spiel abgebrochen
trivia-cut-off-note = Dieses Spiel endete bei Frage { $number } von { $count }, als der Bot neu gestartet wurde. Jede Antwort bis dahin bleibt gespeichert, und die Punkte zählen.

# /trivia leaderboard: $where is the server's name or trivia-everyone; $season a month, "January 2026"
trivia-everyone = alle
trivia-this-server = dieser Server
trivia-leaderboard-title =
    Quiz-Bestenliste: { $where }, nach { $sort ->
        [accuracy] Trefferquote
        [games] Spielen
       *[points] Punkten
    }
trivia-board-line =
    `#{ $rank }` { $player } — **{ $points }** { $points ->
        [one] Punkt
       *[other] Punkte
    } · { $percent } richtig ({ $right }/{ $answers }) · { $games ->
        [one] { $games } Spiel
       *[other] { $games } Spiele
    }
trivia-nobody-yet = Noch hat niemand gespielt. Starte ein Quiz mit /trivia start.
trivia-nobody-yet-season = In dieser Saison hat noch niemand gespielt. Starte ein Quiz mit /trivia start.
trivia-your-rank = Dein Rang
trivia-your-rank-line =
    Von { $players ->
        [one] { $players } Spieler
       *[other] { $players } Spielern
    }: { $line }
trivia-not-ranked = Du hast hier noch keine Frage beantwortet.
trivia-not-ranked-season = Du hast hier in dieser Saison noch keine Frage beantwortet.
trivia-season = Saison
# `season: …` names the leaderboard's option and its choice as the picker shows them
trivia-season-all-note = Alle Zeiten. Die drei Besten der letzten Saison: `season: Vorige Saison`.
trivia-season-note = { $season } ({ $zone }), endet { $when }; die drei Besten kommen in die Ruhmeshalle. Alle Saisons zusammen: `season: Alle Zeiten`.
trivia-zone-utc = UTC
trivia-zone = Zeitzone { $zone }
trivia-hall-title = Quiz-Ruhmeshalle: { $where }, { $season }
trivia-hall-line =
    { $medal } { $player } — **{ $points }** { $points ->
        [one] Punkt
       *[other] Punkte
    } · { $right }/{ $answers } richtig · { $games ->
        [one] { $games } Spiel
       *[other] { $games } Spiele
    }
trivia-hall-empty = Im { $season } hat niemand einen Punkt geholt.

# /trivia stats
trivia-stats-title = Quiz-Statistik: { $name }
trivia-stats-footer =
    Überall: { $points ->
        [one] { $points } Punkt
       *[other] { $points } Punkte
    } in { $games ->
        [one] { $games } Spiel
       *[other] { $games } Spielen
    }
trivia-stats-here = Dieser Server
trivia-stats-no-answers = Noch keine Antworten.
trivia-stats-games = Spiele
trivia-stats-accuracy = Trefferquote
trivia-stats-accuracy-value = { $percent } ({ $right } richtig)
trivia-stats-points = Punkte
trivia-stats-best-streak = Beste Serie
trivia-stats-fastest = Schnellste richtige Antwort
trivia-stats-fastest-none = noch keine
trivia-streak-none = noch nie zwei richtig in Folge
trivia-streak = { $count } richtige Antworten in Folge

trivia-true = Wahr
trivia-false = Falsch

## Trivia questions (1): the album, its tracks and releases, the timeline and the reviews' sayings
# A generated question's prompt (…-q) and explanation (…-why), filled with data exactly as the sources
# wrote it. English shows the question as the generator words it; these words must say the same.

trivia-q-date =
    { $day }. { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    }
trivia-q-album-label = Bei welchem Label ist *{ $album }* erschienen?
trivia-q-album-label-why = *{ $album }* ist bei { $label } erschienen.
trivia-q-album-release-date = Welches Erscheinungsdatum hat die Presse für *{ $album }* angekündigt?
trivia-q-album-release-date-why =
    Laut Presse sollte *{ $album }* am { $day }. { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    } erscheinen.
trivia-q-album-director = Wer hat beim Film *{ $film }* das Drehbuch geschrieben und Regie geführt?
trivia-q-album-director-why = { $director } hat *{ $film }* geschrieben und inszeniert.
trivia-q-album-director-why-year = { $director } hat *{ $film }* geschrieben und inszeniert; der Film kam { $year } heraus.
trivia-q-album-year = In welchem Jahr kam der Film *{ $film }* heraus?
trivia-q-album-year-why = *{ $film }* kam { $year } heraus.
trivia-q-album-year-why-director = *{ $film }* von { $director } kam { $year } heraus.
trivia-q-album-track-count = Wie viele Tracks hat *{ $album }*?
trivia-q-album-track-count-why = *{ $album }* hat { $count ->
        [one] { $count } Track
       *[other] { $count } Tracks
    }.
trivia-q-performer = Von wem stammt „{ $title }“ auf *{ $album }*?
trivia-q-true-false =
    Wahr oder falsch: „{ $title }“ auf *{ $album }* stammt von { $band ->
        [yes] der Band { $artist }
       *[no] { $artist }
    }.
trivia-q-track-by-artist = Welcher dieser Tracks auf *{ $album }* stammt von { $artist }?
trivia-q-credit-why =
    { $claims ->
        [0] „{ $title }“ wird { $performers } zugeschrieben.
       *[1] Zu „{ $title }“: { $count1 ->
            [1] { $last1 } schreibt
           *[other] { $first1 } und { $last1 } schreiben
        } „{ $text1 }“.
        [2] Zu „{ $title }“: { $count1 ->
            [1] { $last1 } schreibt
           *[other] { $first1 } und { $last1 } schreiben
        } „{ $text1 }“; { $count2 ->
            [1] { $last2 } schreibt
           *[other] { $first2 } und { $last2 } schreiben
        } „{ $text2 }“.
        [3] Zu „{ $title }“: { $count1 ->
            [1] { $last1 } schreibt
           *[other] { $first1 } und { $last1 } schreiben
        } „{ $text1 }“; { $count2 ->
            [1] { $last2 } schreibt
           *[other] { $first2 } und { $last2 } schreiben
        } „{ $text2 }“; { $count3 ->
            [1] { $last3 } schreibt
           *[other] { $first3 } und { $last3 } schreiben
        } „{ $text3 }“.
    }
trivia-q-position = An welcher Stelle der Trackliste von *{ $album }* steht „{ $title }“?
trivia-q-track-at-position = Welcher Track steht auf *{ $album }* an Stelle { $position }?
trivia-q-position-why =
    „{ $title }“ ist Track { $position }{ $counted ->
        [yes] { " " }von { $count } auf dem Album
       *[no] { "" }
    }{ $first ->
        [yes] { " " }und eröffnet es
       *[no] , direkt nach „{ $before }“
    }.
trivia-q-running-order =
    Bring diese vier Tracks in die Reihenfolge, in der sie auf *{ $album }* laufen, vom ersten bis zum letzten:
    { "**1.**" } „{ $title1 }“
    { "**2.**" } „{ $title2 }“
    { "**3.**" } „{ $title3 }“
    { "**4.**" } „{ $title4 }“
trivia-q-running-order-why = Auf dem Album laufen sie so: „{ $title1 }“ ({ $position1 }), „{ $title2 }“ ({ $position2 }), „{ $title3 }“ ({ $position3 }) und „{ $title4 }“ ({ $position4 }).
trivia-q-two-versions = Welcher Song ist auf *{ $album }* in zwei Versionen vertreten?
trivia-q-two-versions-why = „{ $version }“ ist eine weitere Version von „{ $title }“.
trivia-q-two-versions-why-again = „{ $title }“ kommt als „{ $version }“ noch einmal vor.
trivia-q-original-album = Auf welchem Album von { $artist } erschien „{ $title }“ schon vor diesem Soundtrack?
trivia-q-original-year = In welchem Jahr erschien *{ $album }*, das Album von { $artist } mit „{ $title }“?
trivia-q-original-label = Bei welchem Label erschien *{ $album }*, das Album von { $artist } mit „{ $title }“?
trivia-q-original-why =
    „{ $title }“ erschien zuerst auf *{ $album }* von { $artist } ({ $labelled ->
        [yes] { $label },{ " " }
       *[no] { "" }
    }{ $year }{ $noted ->
        [yes] ;{ " " }{ $note }
       *[no] { "" }
    }).
trivia-q-original-why-plain = „{ $title }“ erschien zuerst auf *{ $album }* von { $artist }.
trivia-q-which-came-first =
    Welches dieser Alben erschien { $which ->
       *[first] zuerst
        [last] zuletzt
    }?
trivia-q-which-came-first-why =
    { $count ->
       *[3] *{ $album1 }* (mit „{ $title1 }“) erschien { $year1 }, *{ $album2 }* (mit „{ $title2 }“) { $year2 } und *{ $album3 }* (mit „{ $title3 }“) { $year3 }.
        [4] *{ $album1 }* (mit „{ $title1 }“) erschien { $year1 }, *{ $album2 }* (mit „{ $title2 }“) { $year2 }, *{ $album3 }* (mit „{ $title3 }“) { $year3 } und *{ $album4 }* (mit „{ $title4 }“) { $year4 }.
    }
trivia-q-said-by =
    Welche Publikation hat das geschrieben?
    > { $phrase }
trivia-q-said-by-why-album =
    { $site ->
        [yes] Die Website { $publication }
       *[no] { $publication }
    } hat das geschrieben, über { $part ->
        [film] den Film
        [label] das Label
       *[album] das Album
    } ({ $fact }).
trivia-q-said-by-why-origin =
    { $site ->
        [yes] Die Website { $publication }
       *[no] { $publication }
    } hat das geschrieben, über die Herkunft { $of ->
        [yes] der Band { $name }
       *[no] von { $name }
    }.
trivia-q-said-by-why-aliases =
    { $site ->
        [yes] Die Website { $publication }
       *[no] { $publication }
    } hat das geschrieben, über andere Namen { $of ->
        [yes] der Band { $name }
       *[no] von { $name }
    }.
trivia-q-said-by-why-members =
    { $site ->
        [yes] Die Website { $publication }
       *[no] { $publication }
    } hat das geschrieben, über die Mitglieder { $of ->
        [yes] der Band { $name }
       *[no] von { $name }
    }.
trivia-q-said-by-why-member =
    { $site ->
        [yes] Die Website { $publication }
       *[no] { $publication }
    } hat das geschrieben, über { $member } { $of ->
        [yes] aus der Band { $name }
       *[no] von { $name }
    }.
trivia-q-said-by-why-artist =
    { $site ->
        [yes] Die Website { $publication }
       *[no] { $publication }
    } hat das geschrieben, über { $of ->
        [yes] die Band { $name }
       *[no] { $name }
    } ({ $detail }).
trivia-q-said-by-why-track =
    { $site ->
        [yes] Die Website { $publication }
       *[no] { $publication }
    } hat das geschrieben, über Track { $position }, „{ $title }“.
trivia-q-said-by-why-track-credit =
    { $site ->
        [yes] Die Website { $publication }
       *[no] { $publication }
    } hat das geschrieben, über die Urheber von Track { $position }, „{ $title }“.
trivia-q-said-by-why-track-title =
    { $site ->
        [yes] Die Website { $publication }
       *[no] { $publication }
    } hat das geschrieben, über den Titel von Track { $position }, „{ $title }“.
trivia-q-said-by-why-track-original =
    { $site ->
        [yes] Die Website { $publication }
       *[no] { $publication }
    } hat das geschrieben, über die Erstveröffentlichung von Track { $position }, „{ $title }“.
trivia-q-quote-word =
    Welches Wort fehlt in diesem Zitat von { $publication }?
    > { $quote }
trivia-q-quote-word-why = Das Wort ist „{ $word }“: So schrieb es { $publication } in der Kritik zum Soundtrack.


## Trivia questions (2): artists, places, names, reviews and quotes
# $artist, $band (yes: a band), $lowercase, $of; a line-up is $members (all but the last, comma-separated),
# $last and $count; songs are $song1 … $song4 and $songs (how many); $based (yes: "based in").
trivia-q-band-member = Wer gehört zur Band { $artist }?
trivia-q-member-band = In welcher Band auf dem Album spielt { $person }?
trivia-q-line-up =
    { $count ->
        [1] { $last } gehört zur Band { $artist }.
       *[other] Die Band { $artist } besteht aus { $members } und { $last }.
    }
trivia-q-odd-member = Einer passt nicht: Wer gehört nicht zur Band { $artist }?
trivia-q-odd-member-why = { $outsider } gehört zur Band { $other }. { $count ->
        [1] { $last } gehört zur Band { $artist }.
       *[other] Die Band { $artist } besteht aus { $members } und { $last }.
    }
trivia-q-odd-member-why-not = { $outsider } gehört nicht zur Band { $artist }. { $count ->
        [1] { $last } gehört zur Band { $artist }.
       *[other] Die Band { $artist } besteht aus { $members } und { $last }.
    }
trivia-q-origin =
    { $based ->
        [yes] { $band ->
            [yes] Wo ist die Band { $artist } ansässig?
           *[no] Wo ist { $artist } ansässig?
        }
       *[no] { $band ->
            [yes] Woher kommt die Band { $artist }?
           *[no] Woher stammt { $artist }?
        }
    }
trivia-q-artist-from =
    { $band ->
        [yes] Welche dieser Bands
       *[no] Wer von diesen
    } { $based ->
        [yes] ist in { $home } ansässig?
       *[no] kommt aus { $home }?
    }
trivia-q-origin-why =
    { $band ->
        [yes] Die Band { $artist }
       *[no] { $artist }
    } { $based ->
        [yes] ist in { $home } ansässig.
       *[no] kommt aus { $home }.
    }{ $songs ->
        [0] { "" }
       *[other] { " " }Auf dem Album ist { $band ->
            [yes] die Band
           *[no] { $artist }
        } mit { $songs ->
                [1] „{ $song1 }“
                [2] „{ $song1 }“ und „{ $song2 }“
                [3] „{ $song1 }“, „{ $song2 }“ und „{ $song3 }“
               *[other] „{ $song1 }“, „{ $song2 }“, „{ $song3 }“ und „{ $song4 }“
            } vertreten.
    }
trivia-q-origin-true-false =
    Wahr oder falsch: { $band ->
        [yes] Die Band { $artist }
       *[no] { $artist }
    } { $based ->
        [yes] ist in { $place } ansässig.
       *[no] kommt aus { $place }.
    }
trivia-q-origin-true-false-why =
    { $true ->
        [yes] Wahr
       *[no] Falsch
    }: { $band ->
        [yes] Die Band { $artist }
       *[no] { $artist }
    } { $based ->
        [yes] ist in { $home } ansässig.
       *[no] kommt aus { $home }.
    }
trivia-q-label-released = Welches dieser Alben ist bei { $label } erschienen?
trivia-q-label-released-why = { $label } hat *{ $album }* von { $artist } veröffentlicht; darauf ist „{ $title }“ zu hören.
trivia-q-other-name =
    { $born ->
        [yes] Wie lautet der Geburtsname von { $name }?
       *[no] Unter welchem anderen Namen ist { $name } bekannt?
    }
trivia-q-who-is-named =
    { $born ->
        [yes] Wer wurde als { $other } geboren?
       *[no] Wer ist auch unter dem Namen { $other } bekannt?
    }
trivia-q-other-name-why =
    { $born ->
        [yes] { $name } wurde als { $other } geboren.
       *[no] { $name } ist auch als { $other } bekannt.
    }
trivia-q-quote-describes =
    Welches Stück beschreibt { $publication } hier?
    > { $quote }
trivia-q-quote-gap =
    Welcher Songtitel fehlt in diesem Zitat aus einer Kritik?
    > { $quote }
trivia-q-quote-track-why = { $publication } schrieb das über Stück { $position }, „{ $title }“.
trivia-q-quote-versions-why = { $publication } schrieb das über „{ $title }“, und zwar über beide Versionen auf dem Album (Stück { $first } und Stück { $second }).
trivia-q-quote-source =
    Welche Publikation hat das geschrieben?
    > { $quote }
trivia-q-quote-source-why = Das schrieb { $publication } in einem Artikel über den Soundtrack.


## About, help and privacy: /about, /help, /privacy

about-title = Über den Bot zu { $title }
about-lead = Ein Bot für Fans dieses Albums: seine Stücke, seine Interpreten, was die Kritik schrieb, und Quizze.
about-what-it-does = Was er kann
about-help-lists = `/help` listet alle Befehle auf.
about-where-from = Woher die Daten stammen
about-data-pack = Die { $tracks } Stücke, ihre Interpreten und die Fakten zu Veröffentlichung und Film stammen aus einem Datenpaket, das alle lesen und bearbeiten können.
about-gathered-from = Zusammengetragen aus { $publications }: **Quellen** unten listet jede auf.
about-marks = Auf einer Karte sind die kleinen Zahlen nach einem Fakt (¹˒²) seine Quellen; wo Quellen sich widersprechen, bleibt jeder Wert erhalten.
about-reviews-from = Die Zitate aus Kritiken stammen von { $reviews }.
about-more-publications = { $count ->
        [one] { $count } weiteren Publikation
       *[other] { $count } weiteren Publikationen
    }
about-add-it = Hinzufügen
about-add-it-how = Zu einem Server, für alle dort; oder zu deinem eigenen Konto, um `/track`, `/quote` und die anderen Befehle zum Nachschlagen in Direktnachrichten und auf jedem Server zu nutzen.
about-add-to-server = Zu einem Server hinzufügen
about-add-to-account = Zu meinen Apps hinzufügen
about-version = Version { $version }

command-about = Was dieser Bot ist, woher seine Daten stammen und wie man ihn hinzufügt
command-help = Alle Befehle, nach Funktion gruppiert (nur du siehst es)
help-title = Befehle
help-how-to-type = Tippe `/` und den Namen des Befehls. `<Option>` ist erforderlich, `[Option]` optional. Mit `private: True` siehst nur du eine Karte oder ein Zitat.
help-feature-catalogue = Katalog
help-feature-catalogue-summary = Das Album, seine Stücke und Interpreten, jede Angabe mit ihren Quellen
help-feature-quotes = Zitate
help-feature-quote-of-the-day = Zitat des Tages
help-feature-trivia = Quiz
help-feature-about = Über den Bot
help-feature-about-summary = Was dieser Bot ist, und alle seine Befehle
help-feature-privacy = Datenschutz
help-feature-privacy-summary = Was der Bot über dich speichert, auf Wunsch gelöscht
help-feature-other = Sonstiges
command-privacy = Was der Bot über dich speichert
command-privacy-forget = Alles löschen, was der Bot über dich speichert: Antworten, Serien, Punkte (nur du siehst es)
privacy-nothing = Der Bot speichert nichts über dich: Es gab nichts zu löschen.
privacy-daily-answers =
    { $count ->
        [one] { $count } Antwort auf die Frage des Tages
       *[other] { $count } Antworten auf die Frage des Tages
    }
privacy-daily-streaks =
    { $count ->
        [one] { $count } Tagesserie
       *[other] { $count } Tagesserien
    }
privacy-trivia-answers =
    { $count ->
        [one] { $count } Quiz-Antwort
       *[other] { $count } Quiz-Antworten
    }
privacy-games-started =
    { $count ->
        [one] { $count } von dir gestartetes Quiz
       *[other] { $count } von dir gestartete Quiz
    }
privacy-reveals =
    { $count ->
        [one] dein Name in { $count } Auflösung der Frage des Tages
       *[other] dein Name in { $count } Auflösungen der Frage des Tages
    }
privacy-deleted = Gelöscht: { $deleted }. Bestenlisten und Serien berücksichtigen dich nicht mehr.
privacy-deleted-games-stay = Gelöscht: { $deleted }. Bestenlisten und Serien berücksichtigen dich nicht mehr. Die Quiz, die du gestartet hast, bleiben für die anderen Spieler erhalten, ohne deinen Namen.
