# The bot's own words in French (Français). en-US.ftl is the reference: every key there is here.
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

error-cooldown = Doucement : vous pourrez relancer cette commande dans { $seconds } s.
error-user-permission = Il vous faut la permission { $permissions } pour utiliser cette commande.
error-bot-permission = J'ai besoin de la permission { $permissions } dans ce salon. Demandez-la à un gestionnaire du serveur.
error-server-only = Cette commande ne fonctionne que sur un serveur, pas en message privé.
error-check-failed = Vous ne pouvez pas utiliser cette commande ici.
error-command-gone = Cette commande n'existe plus. Discord met peut-être encore sa liste de commandes à jour : réessayez bientôt.
error-command-changed = Cette commande a changé depuis que Discord l'a reçue. Réessayez dans une minute.
error-invalid-value = Cette valeur n'est pas valable ici : { $value }
error-unavailable-member = Ce membre n'est pas (ou plus) sur ce serveur, ou je ne le vois pas.
error-unavailable-channel = Je ne vois pas ce salon, ou ce n'est pas le type de salon attendu.
error-unavailable-role = Ce rôle n'est pas (ou plus) sur ce serveur.
error-unavailable-mentionable = Je ne trouve ni ce membre ni ce rôle sur ce serveur.
error-database-gone = Je m'arrête : le fichier de ma base de données a disparu. Le propriétaire du bot sait pourquoi.
error-database-unreachable = Je n'arrive pas à joindre ma base de données, je ne peux donc pas répondre. Réessayez dans une minute.
error-database-busy = J'enregistre autre chose en ce moment : rien n'a été modifié. Réessayez dans quelques secondes.
error-unexpected = Une erreur s'est produite de mon côté ; elle a été consignée. Si cela se reproduit, donnez au propriétaire du bot la référence `{ $reference }`.

permission-manage-guild = Gérer le serveur
permission-manage-messages = Gérer les messages
permission-view-channel = Voir le salon
permission-send-messages = Envoyer des messages
permission-embed-links = Intégrer des liens
permission-read-message-history = Voir les anciens messages
permission-create-public-threads = Créer des fils publics
permission-send-messages-in-threads = Envoyer des messages dans les fils

option-private = Vous seul voyez la réponse (pour l'utiliser sur le serveur de quelqu'un d'autre)

card-sources-button = Sources ({ $count })
card-disputed-button = Contesté ({ $count })
card-sources-heading = Sources
card-sources-note = Les numéros sont les appels de la fiche.
card-disputed-line = ⚠️ **{ $label } :** { $values }
card-disputed-heading = Là où les sources divergent
card-section-note = Les numéros renvoient aux sources : le bouton Sources les liste.
card-part-gone = Cette partie de la fiche n'existe plus : relancez la commande.
card-gone = Cette fiche vient d'une ancienne version du bot ou de ses données : relancez la commande.
card-empty-panel = Rien ici.
card-source-read-it = lire
card-everything-else-buttons = Tout le reste : les boutons ci-dessous.
card-everything-else-menu = Tout le reste : **Plus** ci-dessous.
card-page = Page { $page } sur { $pages }
card-previous = Précédente
card-next = Suivante
card-more = Plus
card-more-sections = Plus : { $sections }

## Catalogue: /album, /tracks, /track, /artist and their cards

command-album = La BO d'I'm Here : sortie, film, et faits avec leurs sources
command-tracks = Les morceaux de l'album dans l'ordre, avec artistes et notes de version
command-track = La fiche d'un morceau : artistes, versions, et ce qu'en disent les critiques
command-track-title = Le titre du morceau (ou une partie, ou son numéro sur l'album)
command-artist = La fiche d'un artiste : noms, membres, morceaux, et ce qu'en disent les critiques
command-artist-name = Le nom de l'artiste, un autre nom qu'il porte, ou le nom d'un membre du groupe

# The cards. Fact labels, section names from the data, titles, names and quotes reach these
# messages as they are; { $marks }, { $placed } and { $counted } are superscript source marks (¹˒²):
# keep each right after the value it follows.
catalogue-fact = **{ $label } :** { $values }
catalogue-fact-disputed = ⚠️ **{ $label }** (les sources divergent) : { $values }
catalogue-more-facts = Autres faits
catalogue-track-count =
    { $count ->
        [one] { $count } morceau
       *[other] { $count } morceaux
    }
catalogue-album-lead = { $artist } · { $tracks } (/tracks les liste)
catalogue-album-footer = ⚠️ les sources divergent : **Contesté** montre chaque valeur avec ses sources
catalogue-tracks-title = { $album } : les morceaux
catalogue-tracks-lead =
    { $count ->
        [one] { $count } morceau, tel que les listes de titres l'impriment
       *[other] { $count } morceaux, tels que les listes de titres les impriment
    }
catalogue-tracks-footer = ⚠️ les sources divergent sur le crédit · les notes d'un morceau : **Plus** ci-dessous, ou /track
catalogue-credited-as = Crédité à
catalogue-credited-as-disputed = Crédité à ⚠️ les sources divergent
catalogue-version = Version
catalogue-also-printed-as = Aussi imprimé sous le nom
catalogue-original-release = Parution d'origine
catalogue-track-place = Morceau { $position }{ $placed } sur { $count }{ $counted }
catalogue-track-by = par { $credit }
catalogue-track-by-disputed = ⚠️ son interprète : les sources divergent
catalogue-track-titled-by = titre tel qu'imprimé par { $sources }
catalogue-reviews = Ce qu'en dit la critique
catalogue-track-whole = Tous les crédits et notes
catalogue-from-album = « { $title } » vient de *{ $album }*.
catalogue-artist-from = Origine : { $place }
catalogue-artist-tracks =
    { $count ->
        [one] Morceau
       *[other] Morceaux
    } { $numbers } de l'album
catalogue-artist-no-tracks = Aucun morceau à son nom sur l'album
catalogue-also-known-as = Autres noms
catalogue-members = Membres
catalogue-members-disputed = Membres ⚠️ les sources divergent sur la formation
catalogue-also-named = Également cités
catalogue-on-this-album = Sur cet album
catalogue-facts = Faits
catalogue-whos-who = Qui est qui
catalogue-artist-whole = Toute la fiche
catalogue-person-about = { $person } : { $about }
catalogue-person-also = aussi { $names }
catalogue-person-see = voir /artist { $name }
catalogue-who-member = **{ $person }** est membre de { $artist }{ $marks }.
catalogue-who-member-about = **{ $person }** est membre de { $artist }{ $marks } : { $about }.
catalogue-who-named = **{ $person }** figure sur la fiche de { $artist }{ $marks }.
catalogue-who-named-about = **{ $person }** figure sur la fiche de { $artist }{ $marks } : { $about }.

# Refusals of /track and /artist: { $kind } is "track" or "artist"; { $query } is what was typed.
catalogue-matches-more =
    { $matches } (et { $count ->
        [one] { $count } autre
       *[other] { $count } autres
    })
catalogue-ambiguous =
    « { $query } » correspond à plusieurs { $kind ->
        [track] morceaux
       *[other] artistes
    } : { $matches }. Lequel vouliez-vous dire ? Tapez-en un peu plus, ou choisissez-en un dans la liste pendant que vous tapez.
catalogue-near-miss =
    Je ne trouve aucun { $kind ->
        [track] morceau
       *[other] artiste
    } nommé « { $query } ». Vouliez-vous dire { $matches } ?
catalogue-not-found =
    Je ne trouve aucun { $kind ->
        [track] morceau
       *[other] artiste
    } nommé « { $query } ». Choisissez-en un dans la liste pendant que vous tapez, ou { $kind ->
        [track] voyez-les tous avec /tracks
       *[other] videz l'option pour les voir tous
    }.

# Shared by every card that cites (bot/ui/citations.py): an inferred value, and how a list joins.
card-inferred = { $value } (déduit)
card-read-from = { $value } — d'après { $sources }
list-comma = { $first }, { $next }
list-and = { $first } et { $next }
list-or = { $first } ou { $next }

# Shared by every embed card (bot/ui/embeds.py): what was left out to fit Discord.
card-continued = { $name } (suite)
card-left-out =
    { $count ->
        [one] { $count } section omise
       *[other] { $count } sections omises
    } pour tenir dans Discord
card-and-more =
    … et { $count } { $noun ->
        [players] { $count ->
            [one] joueur
           *[other] joueurs
        }
        [posts] { $count ->
            [one] publication
           *[other] publications
        }
        [commands] { $count ->
            [one] commande
           *[other] commandes
        }
        [sources] { $count ->
            [one] source
           *[other] sources
        }
        [people] { $count ->
            [one] personne
           *[other] personnes
        }
        [tracks] { $count ->
            [one] morceau
           *[other] morceaux
        }
       *[lines] { $count ->
            [one] ligne
           *[other] lignes
        }
    } de plus

## Quotes: /quote and quote cards

command-quote = Ce que les critiques ont écrit sur l'album
command-quote-random = Une citation de critique au hasard, sur un morceau ou un artiste si vous voulez
command-quote-random-track = Seulement les citations sur ce morceau
command-quote-random-artist = Seulement les citations sur cet artiste
command-quote-random-source = Seulement les citations de cette publication
command-quote-today = La citation du jour de ce serveur, la même pour tous aujourd'hui
command-quote-search = Chercher des mots dans les citations des critiques
command-quote-search-text = Les mots à chercher, par exemple : robot love

quotes-title = Ce qu'en disent les critiques
quotes-about = À propos
quotes-one-of =
    { $count ->
        [one] La seule citation
       *[other] Une citation parmi { $count }
    }
quotes-one-of-matching =
    { $count ->
        [one] La seule citation correspondante
       *[other] Une des { $count } citations correspondantes
    }
quotes-and = { $first } et { $second }
quotes-or = { $first } ou { $second }
quotes-no-such-source = Aucune citation ne provient de cette source. Les critiques citées viennent de { $publications }.
quotes-filter-about = parlant de **{ $name }**
quotes-filter-from = publiée par **{ $publication }**
quotes-nothing-matches = Il n'y a aucune citation de critique { $filters }. Essayez avec moins de filtres : `/quote random` seul puise dans toutes les citations.
quotes-today-title = Citation du jour
quotes-today-footer = Citation du jour · { $day }
quotes-today-in-a-server = La citation du jour est propre à chaque serveur : utilisez cette commande dans un serveur.
quotes-today-not-running = La citation du jour n'est pas active sur ce bot. Essayez `/quote random`.
quotes-today-gone = La citation du jour ne figure plus dans les données. Essayez plutôt `/quote random`.
quotes-search-empty = Tapez des mots à chercher (en anglais, comme les citations), par exemple `robot` ou `love songs`.
quotes-too-common-word = « { $text } » est un mot trop courant pour être cherché. Essayez un autre mot (en anglais, comme les citations), par exemple `robot` ou `love`.
quotes-too-common-words = « { $text } » ne contient que des mots trop courants pour être cherchés. Essayez un autre mot (en anglais, comme les citations), par exemple `robot` ou `love`.
quotes-search-nothing = Aucune citation de critique ne mentionne « { $text } ». Essayez d'autres mots, ou `/quote random` pour une citation au hasard.
quotes-search-best = Meilleurs résultats pour « { $text } ».
quotes-search-partial = Aucune citation ne contient tous les mots de « { $text } » ; celles-ci en contiennent une partie.

## Quote of the day: /qotd, the daily post and its question

command-qotd = Publier une citation de critique chaque jour (pour les gestionnaires du serveur)
command-qotd-set = Publier la citation du jour dans un salon, à une heure locale
command-qotd-set-channel = Où la publier
command-qotd-set-time = Heure locale, comme 9am, 9:30 pm ou 21:30 (par défaut 09:00)
command-qotd-set-timezone = Une ville ou un fuseau horaire, comme Paris, New York ou Europe/Paris (par défaut UTC)
command-qotd-set-role = Un rôle à mentionner à chaque publication (facultatif)
command-qotd-set-question = Ajouter une question de quiz à boutons (par défaut : oui)
command-qotd-set-days = Quels jours : weekdays, weekends, every day, ou mon,wed,fri (par défaut : tous)
command-qotd-set-thread = Ouvrir un fil public sous chaque publication pour en parler (par défaut : non)
command-qotd-off = Arrêter de publier la citation du jour
command-qotd-status = Où et quand la citation du jour est publiée, et comment ça s'est passé
command-qotd-preview = Voir, en privé, la citation qui sera publiée ensuite
command-qotd-post = Publier maintenant la citation du jour, si elle n'est pas encore partie
command-qotd-history = Les 10 dernières publications, et comment leurs questions se sont passées

daily-title = Citation du jour
daily-days-every-day = tous les jours
daily-days-weekdays = en semaine
daily-days-weekends = le week-end
daily-days-one = le { $day }
daily-days-several = le { $days } et { $last }
daily-days-separator = { ", " }
daily-at-zone = { $time } ({ $zone })
daily-at-fixed = { $time } { $offset } (sans heure d'été)
daily-at-fixed-named = { $time } { $offset } ({ $abbreviation }, sans heure d'été)
daily-zone-read-as = « { $typed } » compris comme { $zone }.
daily-zone-fixed-note = { $abbreviation } correspond à { $offset } toute l'année. Pour suivre l'heure de { $city } au fil de l'année, heure d'été comprise, utilisez { $zone }.
daily-zone-choice-abbreviation = { $zone } ({ $offset } toute l'année, sans heure d'été)
daily-zone-choice-fixed = { $zone } ({ $offset }, sans heure d'été)
daily-error-time = Je ne sais pas lire l'heure « { $typed } ». Essayez 9, 9am, 9:30 pm ou 21:30.
daily-error-zone-several = « { $typed } » a plusieurs fuseaux horaires ({ $zones } et d'autres). Indiquez plutôt une ville, comme Chicago ou Sydney, ou un fuseau, comme America/Chicago.
daily-error-zone-unknown = « { $typed } » n'est ni un fuseau horaire ni un lieu que je connais. Indiquez une ville (Paris, New York, Tokyo) ou choisissez un fuseau dans la liste pendant la saisie, comme Europe/Paris.
daily-error-days-empty = Précisez les jours : weekdays (en semaine), weekends (le week-end), every day (tous les jours), ou des jours comme mon,wed,fri.
daily-error-days-word = { $word } n'est pas un jour. Utilisez weekdays (en semaine), weekends (le week-end), every day (tous les jours), ou des jours comme mon,wed,fri.
daily-error-everyone = Mentionner @everyone n'est pas autorisé. Choisissez un rôle, ou laissez `role` vide.
daily-error-role-unmentionable = { $role } n'est pas mentionnable, et vous ne pouvez pas le mentionner vous-même (il faut la permission Mentionner @everyone, @here et tous les rôles) : je ne le mentionnerai donc pas chaque jour à votre place. Rendez le rôle mentionnable (Paramètres du serveur > Rôles), demandez à quelqu'un qui peut le mentionner de le choisir, ou laissez `role` vide.
daily-error-cannot-post = Je ne peux pas publier dans { $channel } : il me faut { $permissions } dans ce salon. Accordez-la-moi, ou choisissez un autre salon.
daily-error-cannot-thread = Je ne peux pas publier dans { $channel } : il me faut { $permissions } dans ce salon (le fil de chaque publication en a besoin). Accordez-la-moi, ou choisissez un autre salon. Ou laissez `thread` désactivé.
daily-error-cannot-post-or-thread = Je ne peux pas publier dans { $channel } : il me faut { $permissions } dans ce salon. Accordez-les-moi, ou choisissez un autre salon. Ou laissez `thread` désactivé.
daily-set-done = La citation du jour sera publiée dans { $channel } { $days } à { $time }.
daily-set-next = Prochaine publication : { $when }.
daily-set-gap = C'est { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } après la dernière publication : changer d'heure ou de fuseau n'avance jamais la prochaine publication.
daily-set-question = Chaque publication pose une question de quiz ; la suivante en révèle la réponse.
daily-set-no-question = Les publications ne posent pas de question (`question:True` en ajoute une).
daily-set-thread = Chaque publication ouvre un fil public qui porte le nom de sa citation.
daily-set-pings = Chaque publication mentionne { $role }.
daily-set-role-silent = Ce rôle n'est pas mentionnable, la mention ne notifiera donc personne : rendez-le mentionnable (Paramètres du serveur > Rôles) ou donnez-moi la permission Mentionner @everyone, @here et tous les rôles dans ce salon.
daily-off-already = La publication quotidienne est déjà désactivée. Activez-la avec `/qotd set`.
daily-off-done = La citation du jour est désactivée. `/qotd set` la réactive.
daily-preview-gone = La prochaine citation n'est plus dans les données ; elle sera remplacée.
daily-preview-title = Prochaine citation du jour ({ $date })
daily-preview-footer = Cet aperçu n'est visible que par vous
daily-post-off = La publication quotidienne est désactivée. Activez-la avec `/qotd set`, puis publiez.
daily-post-already-out = La citation du jour est déjà publiée : [y aller]({ $url }).
daily-post-failed-today = La publication d'aujourd'hui a échoué : { $reason } Une fois le problème réglé, la prochaine publication partira à l'heure prévue.
daily-post-see-status = voir /qotd status
daily-post-see-status-end = voir /qotd status.
daily-post-still-yesterday = Il est encore le { $today } à { $zone }, et la dernière publication est datée du { $latest } : celle d'aujourd'hui est déjà partie.
daily-post-next-comes = La prochaine arrive { $when }.
daily-post-done = Citation du jour publiée : { $url }
daily-post-went-out = La citation du jour était déjà publiée : { $url }
daily-post-on-its-way = La publication d'aujourd'hui est en cours d'envoi ; elle sera dans le salon dans un instant.
daily-post-could-not = Je n'ai pas pu la publier : { $reason }
daily-status-off = La publication quotidienne est désactivée. Activez-la avec `/qotd set channel:#salon`.
daily-status-posting = Publication dans { $channel } { $days } à { $time }.
daily-status-each-post = Chaque publication
daily-status-with = { $question ->
        [yes] Avec une question de quiz
       *[no] Sans question
    }{ $thread ->
        [yes] { " " }et un fil
        [refused] { " " }et un fil (refusé : voir ci-dessous)
       *[no] { "" }
    }
daily-status-pings = Mentions
daily-status-paused = En pause
daily-status-paused-text = Les { $count } dernières publications ont échoué d'affilée : la publication quotidienne est en pause. Réglez le problème ci-dessous, puis relancez `/qotd set` pour la reprendre.
daily-status-next = Prochaine publication
daily-status-last = Dernière publication
daily-status-last-link = { $when } · [y aller]({ $url })
daily-status-thread-refused = Fil refusé
daily-status-dated = { $date } : { $reason }
daily-status-not-posted = Non publiée
daily-status-missed = { $date } : { $reason } L'envoi a échoué toute la journée du côté de Discord : cela ne compte pas comme un échec de ce serveur.
daily-status-last-failure = Dernier échec
daily-status-failures = Échecs d'affilée
daily-rate-no-question = pas de question
daily-rate-none-yet = pas encore de réponse
daily-rate-so-far = { $answers ->
        [one] { $answers } réponse
       *[other] { $answers } réponses
    } pour l'instant, la solution viendra avec la prochaine publication
daily-rate-none = aucune réponse
daily-rate = { $right } { $right ->
        [one] bonne
       *[other] bonnes
    } sur { $answers ->
        [one] { $answers } réponse
       *[other] { $answers } réponses
    } ({ NUMBER($ratio, style: "percent") })
daily-history-title = Citation du jour : { $count ->
        [one] la dernière publication
       *[other] les { $count } dernières publications
    }
daily-history-gone = (une citation qui n'est plus dans les données)
daily-history-jump = [y aller]({ $url })
daily-history-empty = Rien n'a encore été publié. `/qotd set` active la publication quotidienne.
daily-question-title = Question du jour
daily-question-closed = { $title } · terminée
daily-question-footer = Question du jour · { $date } · une réponse chacun, en privé ; la solution viendra avec la prochaine publication
daily-question-answered-footer = Question du jour · { $date } · solution dans la publication suivante
daily-right-answer = Bonne réponse
daily-answers = Réponses
daily-tally-nobody = Personne n'a répondu.
daily-tally = { $right } { $right ->
        [one] joueur sur { $players } a
       *[other] joueurs sur { $players } ont
    } trouvé la bonne réponse.
daily-reveal-title = La réponse à la question du { $date }
daily-reveal-streaks = Plus longues séries en cours
daily-reveal-streak = { $name } : { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
daily-reveal-why = Pourquoi
daily-answer-gone = Cette question n'est plus dans les données du bot : on ne peut plus y répondre.
daily-answer-stored = C'est noté : **{ $option }**. La solution viendra avec la prochaine publication.
daily-answer-again = Vous avez déjà répondu à celle-ci : **{ $option }**. Une réponse chacun.
daily-answer-closed = Les réponses à cette question sont closes : la bonne réponse était { $answer }. { $tally }
daily-stats-streak = Série quotidienne : { $current ->
        [one] { $current } jour
       *[other] { $current } jours
    } en cours, record { $best ->
        [one] { $best } jour
       *[other] { $best } jours
    }
daily-thread-reason = Discussion de la citation du jour
daily-thread-forbidden = Je n'ai pas le droit d'ouvrir un fil dans { $channel } : donnez-moi la permission Créer des fils publics dans ce salon, ou désactivez les fils avec `/qotd set thread:False`.
daily-thread-refused = Discord a refusé le fil : { $reason }
daily-fail-channel-unseen = Le salon a été supprimé, ou je ne le vois plus. Choisissez-en un autre avec /qotd set.
daily-fail-quote-gone = La citation choisie n'est plus dans le pack de données.
daily-fail-timeout = Discord n'a pas répondu à temps.
daily-fail-forbidden = Je n'ai pas le droit de publier dans { $channel } : donnez-moi les permissions Voir le salon, Envoyer des messages et Intégrer des liens dans ce salon, ou choisissez-en un autre avec /qotd set.
daily-fail-channel-deleted = Le salon a été supprimé. Choisissez-en un autre avec /qotd set.
daily-fail-rate-limited = Discord limitait le débit du bot.
daily-fail-discord-error = Discord a eu une erreur de serveur ({ $status }).
daily-fail-refused = Discord a refusé la publication : { $reason }

## Trivia: /trivia, games, leaderboards and stats

command-trivia = Un quiz sur la BO auquel tout le salon joue ensemble
command-trivia-start = Lancer une partie de quiz dans ce salon
command-trivia-start-questions = Combien de questions (de 1 à 20, 5 par défaut)
command-trivia-start-category = Seulement des questions sur ce sujet (par défaut : tout)
command-trivia-start-difficulty = Seulement des questions de cette difficulté (par défaut : toutes)
command-trivia-stop = Arrêter la partie de ce salon (son lanceur, ou Gérer les messages)
command-trivia-leaderboard = Les dix meilleurs joueurs du quiz, et votre propre rang
command-trivia-leaderboard-scope = Ce serveur ou tout le monde (par défaut : ce serveur)
command-trivia-leaderboard-sort = Le critère du classement
command-trivia-leaderboard-season = Ce mois-ci, depuis toujours, ou le podium du mois dernier (par défaut : ce mois-ci)
command-trivia-stats = Les statistiques de quiz d'un joueur sur ce serveur
command-trivia-stats-member = De qui (par défaut : vous)

# The leaderboard's choices, as the command picker lists them
trivia-season-current = Cette saison (ce mois-ci)
trivia-season-all = Depuis toujours
trivia-season-previous = Saison précédente : son panthéon
trivia-scope-server = Ce serveur
trivia-scope-global = Tout le monde
trivia-sort-points = Points
trivia-sort-accuracy = Précision
trivia-sort-games = Parties jouées

# Categories and difficulties as the picker and the messages show them
trivia-category-tracks = Morceaux
trivia-category-artists = Artistes
trivia-category-reviews = Critiques
trivia-category-album = Album et film
trivia-difficulty-easy = Facile
trivia-difficulty-medium = Moyen
trivia-difficulty-hard = Difficile

# /trivia start and the answer buttons
trivia-start = **Quiz !** { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }, { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } chacune, lancé par { $starter }. Tout le monde ici peut jouer : choisissez une réponse avec les boutons. Plus une bonne réponse est rapide, plus elle rapporte.
trivia-start-short = **Quiz !** { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    } ({ $note }), { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } chacune, lancé par { $starter }. Tout le monde ici peut jouer : choisissez une réponse avec les boutons. Plus une bonne réponse est rapide, plus elle rapporte.
# Why a game has fewer questions than asked: "(only 3 left that this server hasn't seen)"
trivia-short-unseen =
    { $count ->
        [one] il n'en reste que { $count } que ce serveur n'a pas vue
       *[other] il n'en reste que { $count } que ce serveur n'a pas vues
    }
# $holder is a category's name, or trivia-the-bank: "Reviews has 6 easy questions"
trivia-the-bank = La banque de questions
trivia-pool =
    { $holder } : { $count } { $difficulty ->
        [easy] { $count ->
            [one] question facile
           *[other] questions faciles
        }
        [medium] { $count ->
            [one] question moyenne
           *[other] questions moyennes
        }
        [hard] { $count ->
            [one] question difficile
           *[other] questions difficiles
        }
       *[any] { $count ->
            [one] question
           *[other] questions
        }
    }
trivia-pool-shared = { $pool }, dont seulement { $got } peuvent figurer dans une même partie (jamais deux sur le même fait)
trivia-text-channel-only = On ne peut jouer au quiz que dans un salon textuel.
trivia-already-running = Une partie de quiz est déjà en cours dans ce salon.
trivia-already-running-link = Une partie de quiz est déjà en cours dans ce salon : [y aller]({ $link }).
trivia-unknown-category = Aucune catégorie de quiz ne porte ce nom : choisissez parmi { $names }.
trivia-unknown-difficulty = Aucune difficulté de quiz ne porte ce nom : choisissez parmi { $names }.
trivia-none-match = Aucune question ne correspond à cette catégorie et à cette difficulté.
trivia-all-seen = Ce serveur a déjà vu toutes les questions correspondantes. Les questions reviennent une fois que le serveur a vu toute la banque : essayez une autre catégorie ou difficulté, ou aucune.
trivia-play-again = Rejouer
trivia-play-again-stale = Ce bouton Rejouer n'est plus à jour : lancez une partie avec /trivia start.
trivia-closed = Cette question est close.
trivia-already-answered = Vous avez déjà validé une réponse à cette question.
trivia-locked-in = 🔒 Réponse validée : **{ $option }**. La bonne réponse sera révélée à la clôture de la question.

# A question, its reveal and a game's end
trivia-question-title =
    Question { $number } sur { $count } · { $category } · { $difficulty ->
        [easy] facile
        [medium] moyenne
       *[hard] difficile
    }
trivia-question-footer = Tout le monde ici peut jouer : une réponse chacun. Les choix restent cachés jusqu'à la révélation.
trivia-time = Temps
trivia-closes = Se termine { $when }
trivia-closes-answered =
    Se termine { $when } · { $answered ->
        [one] { $answered } a répondu
       *[other] { $answered } ont répondu
    }
trivia-seconds = { $seconds } s
trivia-percent = { $percent } %
trivia-picks =
    { $count ->
        [one] { $count } choix
       *[other] { $count } choix
    }
trivia-closed-title = { $title } · close
trivia-right-answer = Bonne réponse
trivia-who-got-it = Qui a trouvé
trivia-nobody-right = Personne cette fois.
trivia-right-line = { $player } +{ $points } en { $time }
trivia-right-line-streak = { $player } +{ $points } en { $time } 🔥 { $streak } d'affilée
trivia-answers = Réponses
trivia-answers-line =
    { $count ->
        [one] { $count } réponse
       *[other] { $count } réponses
    } : { $right ->
        [one] { $right } bonne
       *[other] { $right } bonnes
    }, { $wrong ->
        [one] { $wrong } mauvaise
       *[other] { $wrong } mauvaises
    } (une mauvaise réponse ne rapporte rien)
trivia-why = Pourquoi
trivia-top-three = Trio de tête
trivia-next-question = Question suivante
trivia-podium = Podium
trivia-everyone-else = Tous les autres
trivia-no-points = Aucun point cette partie
trivia-nobody-scored = Personne n'a marqué de point.
trivia-nobody-answered = Personne n'a répondu.
trivia-standing =
    { $player } — **{ $points }** { $points ->
        [one] point
       *[other] points
    } · { $right }/{ $answered } justes
trivia-standing-fastest =
    { $player } — **{ $points }** { $points ->
        [one] point
       *[other] points
    } · { $right }/{ $answered } justes · la plus rapide en { $time }
trivia-no-points-line = { $player } — { $right }/{ $answered } justes
trivia-game-over = Quiz : partie terminée
trivia-thanks = Merci d'avoir joué !

# /trivia stop, and a game a restart cut off
trivia-no-game = Aucune partie de quiz n'est en cours dans ce salon.
trivia-may-not-stop = Seul le joueur qui a lancé cette partie, ou une personne ayant la permission Gérer les messages, peut l'arrêter.
trivia-stopped = Quiz arrêté
trivia-stopped-by = Arrêté par { $name }.
trivia-cut-off = Quiz : partie interrompue
trivia-cut-off-note = Cette partie s'est arrêtée à la question { $number } sur { $count } quand le bot a redémarré. Toutes les réponses données avant sont conservées, et les points comptent.

# /trivia leaderboard: $where is the server's name or trivia-everyone; $season a month, "January 2026"
trivia-everyone = tout le monde
trivia-this-server = ce serveur
trivia-leaderboard-title =
    Classement du quiz : { $where }, par { $sort ->
        [accuracy] précision
        [games] parties jouées
       *[points] points
    }
trivia-board-line =
    `#{ $rank }` { $player } — **{ $points }** { $points ->
        [one] point
       *[other] points
    } · { $percent } de bonnes réponses ({ $right }/{ $answers }) · { $games ->
        [one] { $games } partie
       *[other] { $games } parties
    }
trivia-nobody-yet = Personne n'a encore joué. Lancez une partie avec /trivia start.
trivia-nobody-yet-season = Personne n'a encore joué cette saison. Lancez une partie avec /trivia start.
trivia-your-rank = Votre rang
trivia-your-rank-line =
    Sur { $players ->
        [one] { $players } joueur
       *[other] { $players } joueurs
    } : { $line }
trivia-not-ranked = Vous n'avez encore répondu à aucune question ici.
trivia-not-ranked-season = Vous n'avez encore répondu à aucune question ici cette saison.
trivia-season = Saison
# `season: …` names the leaderboard's option and its choice as the picker shows them
trivia-season-all-note = Depuis toujours. Le podium de la saison dernière : `season: Saison précédente`.
trivia-season-note = { $season } ({ $zone }), se termine { $when } ; son podium entrera au panthéon. Toutes les saisons réunies : `season: Depuis toujours`.
trivia-zone-utc = UTC
trivia-zone = fuseau { $zone }
trivia-hall-title = Panthéon du quiz : { $where }, { $season }
trivia-hall-line =
    { $medal } { $player } — **{ $points }** { $points ->
        [one] point
       *[other] points
    } · { $right }/{ $answers } justes · { $games ->
        [one] { $games } partie
       *[other] { $games } parties
    }
trivia-hall-empty = Personne n'a marqué de point en { $season }.

# /trivia stats
trivia-stats-title = Statistiques de quiz : { $name }
trivia-stats-footer =
    Partout : { $points ->
        [one] { $points } point
       *[other] { $points } points
    } en { $games ->
        [one] { $games } partie
       *[other] { $games } parties
    }
trivia-stats-here = Ce serveur
trivia-stats-no-answers = Aucune réponse pour l'instant.
trivia-stats-games = Parties
trivia-stats-accuracy = Précision
trivia-stats-accuracy-value =
    { $percent } ({ $right ->
        [one] { $right } bonne
       *[other] { $right } bonnes
    })
trivia-stats-points = Points
trivia-stats-best-streak = Meilleure série
trivia-stats-fastest = Bonne réponse la plus rapide
trivia-stats-fastest-none = aucune pour l'instant
trivia-streak-none = pas encore deux bonnes réponses d'affilée
trivia-streak = { $count } bonnes réponses d'affilée

trivia-true = Vrai
trivia-false = Faux

## Trivia questions (1): the album, its tracks and releases, the timeline and the reviews' sayings
# A generated question's prompt (…-q) and explanation (…-why), filled with data exactly as the sources
# wrote it. English shows the question as the generator words it; these words must say the same.

trivia-q-date =
    { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    }
trivia-q-album-label = Quel label a sorti *{ $album }* ?
trivia-q-album-label-why = *{ $album }* est sorti chez { $label }.
trivia-q-album-release-date = Quelle date de sortie la presse a-t-elle annoncée pour *{ $album }* ?
trivia-q-album-release-date-why =
    La presse annonçait la sortie de *{ $album }* pour le { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    }.
trivia-q-album-director = Qui a écrit et réalisé le film *{ $film }* ?
trivia-q-album-director-why = { $director } a écrit et réalisé *{ $film }*.
trivia-q-album-director-why-year = { $director } a écrit et réalisé *{ $film }*, sorti en { $year }.
trivia-q-album-year = En quelle année le film *{ $film }* est-il sorti ?
trivia-q-album-year-why = *{ $film }* est sorti en { $year }.
trivia-q-album-year-why-director = *{ $film }*, réalisé par { $director }, est sorti en { $year }.
trivia-q-album-track-count = Combien de titres compte *{ $album }* ?
trivia-q-album-track-count-why = *{ $album }* compte { $count ->
        [one] { $count } titre
       *[other] { $count } titres
    }.
trivia-q-performer = Qui interprète « { $title } » sur *{ $album }* ?
trivia-q-true-false =
    Vrai ou faux : « { $title } », sur *{ $album }*, est interprété par { $band ->
        [yes] le groupe { $artist }
       *[no] { $artist }
    }.
trivia-q-track-by-artist = Lequel de ces titres de *{ $album }* est signé { $artist } ?
trivia-q-credit-why =
    { $claims ->
        [0] « { $title } » est crédité à { $performers }.
       *[1] Pour « { $title } », { $count1 ->
            [1] { $last1 } écrit
           *[other] { $first1 } et { $last1 } écrivent
        } « { $text1 } ».
        [2] Pour « { $title } », { $count1 ->
            [1] { $last1 } écrit
           *[other] { $first1 } et { $last1 } écrivent
        } « { $text1 } » ; { $count2 ->
            [1] { $last2 } écrit
           *[other] { $first2 } et { $last2 } écrivent
        } « { $text2 } ».
        [3] Pour « { $title } », { $count1 ->
            [1] { $last1 } écrit
           *[other] { $first1 } et { $last1 } écrivent
        } « { $text1 } » ; { $count2 ->
            [1] { $last2 } écrit
           *[other] { $first2 } et { $last2 } écrivent
        } « { $text2 } » ; { $count3 ->
            [1] { $last3 } écrit
           *[other] { $first3 } et { $last3 } écrivent
        } « { $text3 } ».
    }
trivia-q-position = Quel numéro porte « { $title } » dans la liste des titres de *{ $album }* ?
trivia-q-track-at-position = Quel morceau figure en position { $position } sur *{ $album }* ?
trivia-q-position-why =
    « { $title } » est le titre { $position }{ $counted ->
        [yes] { " " }sur les { $count } de l'album
       *[no] { "" }
    }{ $first ->
        [yes] , le morceau d'ouverture
       *[no] , juste après « { $before } »
    }.
trivia-q-running-order =
    Remettez ces quatre titres dans l'ordre où ils apparaissent sur *{ $album }*, du premier au dernier :
    { "**1.**" } « { $title1 } »
    { "**2.**" } « { $title2 } »
    { "**3.**" } « { $title3 } »
    { "**4.**" } « { $title4 } »
trivia-q-running-order-why = Sur l'album, ils se suivent ainsi : « { $title1 } » ({ $position1 }), « { $title2 } » ({ $position2 }), « { $title3 } » ({ $position3 }) et « { $title4 } » ({ $position4 }).
trivia-q-two-versions = Quel morceau figure en deux versions sur *{ $album }* ?
trivia-q-two-versions-why = « { $version } » est une autre version de « { $title } ».
trivia-q-two-versions-why-again = « { $title } » revient sous le titre « { $version } ».
trivia-q-original-album = Avant cette bande originale, « { $title } » est sorti sur quel album signé { $artist } ?
trivia-q-original-year = En quelle année est sorti *{ $album }*, l'album signé { $artist } où figure « { $title } » ?
trivia-q-original-label = Quel label a sorti *{ $album }*, l'album signé { $artist } où figure « { $title } » ?
trivia-q-original-why =
    « { $title } » est d'abord sorti sur *{ $album }*, un album signé { $artist } ({ $labelled ->
        [yes] { $label },{ " " }
       *[no] { "" }
    }{ $year }{ $noted ->
        [yes]  ;{ " " }{ $note }
       *[no] { "" }
    }).
trivia-q-original-why-plain = « { $title } » est d'abord sorti sur *{ $album }*, un album signé { $artist }.
trivia-q-which-came-first =
    Lequel de ces albums est sorti { $which ->
       *[first] en premier
        [last] en dernier
    } ?
trivia-q-which-came-first-why =
    { $count ->
       *[3] *{ $album1 }* (avec « { $title1 } ») est sorti en { $year1 }, *{ $album2 }* (avec « { $title2 } ») en { $year2 } et *{ $album3 }* (avec « { $title3 } ») en { $year3 }.
        [4] *{ $album1 }* (avec « { $title1 } ») est sorti en { $year1 }, *{ $album2 }* (avec « { $title2 } ») en { $year2 }, *{ $album3 }* (avec « { $title3 } ») en { $year3 } et *{ $album4 }* (avec « { $title4 } ») en { $year4 }.
    }
trivia-q-said-by =
    Quelle publication a écrit ceci ?
    > { $phrase }
trivia-q-said-by-why-album =
    { $site ->
        [yes] Le site { $publication }
       *[no] { $publication }
    } a écrit ceci sur { $part ->
        [film] le film
        [label] le label
       *[album] l'album
    } ({ $fact }).
trivia-q-said-by-why-origin =
    { $site ->
        [yes] Le site { $publication }
       *[no] { $publication }
    } a écrit ceci sur { $of ->
        [yes] le groupe { $name }
       *[no] { $name }
    } (origines).
trivia-q-said-by-why-aliases =
    { $site ->
        [yes] Le site { $publication }
       *[no] { $publication }
    } a écrit ceci sur { $of ->
        [yes] le groupe { $name }
       *[no] { $name }
    } (autres noms).
trivia-q-said-by-why-members =
    { $site ->
        [yes] Le site { $publication }
       *[no] { $publication }
    } a écrit ceci sur { $of ->
        [yes] le groupe { $name }
       *[no] { $name }
    } (membres).
trivia-q-said-by-why-member =
    { $site ->
        [yes] Le site { $publication }
       *[no] { $publication }
    } a écrit ceci sur { $member } ({ $name }).
trivia-q-said-by-why-artist =
    { $site ->
        [yes] Le site { $publication }
       *[no] { $publication }
    } a écrit ceci sur { $of ->
        [yes] le groupe { $name }
       *[no] { $name }
    } ({ $detail }).
trivia-q-said-by-why-track =
    { $site ->
        [yes] Le site { $publication }
       *[no] { $publication }
    } a écrit ceci sur le titre { $position }, « { $title } ».
trivia-q-said-by-why-track-credit =
    { $site ->
        [yes] Le site { $publication }
       *[no] { $publication }
    } a écrit ceci sur les interprètes du titre { $position }, « { $title } ».
trivia-q-said-by-why-track-title =
    { $site ->
        [yes] Le site { $publication }
       *[no] { $publication }
    } a écrit ceci sur le nom du titre { $position }, « { $title } ».
trivia-q-said-by-why-track-original =
    { $site ->
        [yes] Le site { $publication }
       *[no] { $publication }
    } a écrit ceci sur la première parution du titre { $position }, « { $title } ».
trivia-q-quote-word =
    Quel mot complète cette citation de { $publication } ?
    > { $quote }
trivia-q-quote-word-why = Le mot est « { $word } » : { $publication } l'a écrit dans sa critique de la bande originale.


## Trivia questions (2): artists, places, names, reviews and quotes
# $artist, $band (yes: a band), $lowercase, $of; a line-up is $members (all but the last, comma-separated),
# $last and $count; songs are $song1 … $song4 and $songs (how many); $based (yes: "based in").
trivia-q-band-member = Qui fait partie du groupe { $artist } ?
trivia-q-member-band = Dans quel groupe de l'album joue { $person } ?
trivia-q-line-up =
    { $count ->
        [1] { $last } fait partie du groupe { $artist }.
       *[other] Le groupe { $artist } réunit { $members } et { $last }.
    }
trivia-q-odd-member = Cherchez l'intrus : qui ne fait pas partie du groupe { $artist } ?
trivia-q-odd-member-why = { $outsider } fait partie du groupe { $other }. { $count ->
        [1] { $last } fait partie du groupe { $artist }.
       *[other] Le groupe { $artist } réunit { $members } et { $last }.
    }
trivia-q-odd-member-why-not = { $outsider } ne fait pas partie du groupe { $artist }. { $count ->
        [1] { $last } fait partie du groupe { $artist }.
       *[other] Le groupe { $artist } réunit { $members } et { $last }.
    }
trivia-q-origin =
    { $based ->
        [yes] { $band ->
            [yes] Où le groupe { $artist } est-il basé ?
           *[no] Quelle ville sert de port d'attache à { $artist } ?
        }
       *[no] { $band ->
            [yes] D'où vient le groupe { $artist } ?
           *[no] D'où vient { $artist } ?
        }
    }
trivia-q-artist-from =
    { $band ->
        [yes] Lequel de ces groupes
       *[no] Lequel de ces artistes
    } { $based ->
        [yes] est basé à { $home } ?
       *[no] a pour ville d'origine { $home } ?
    }
trivia-q-origin-why =
    { $band ->
        [yes] Le groupe { $artist } { $based ->
            [yes] est basé à
           *[no] a pour ville d'origine
        }
       *[no] { $artist } { $based ->
            [yes] a son port d'attache à
           *[no] a pour ville d'origine
        }
    } { $home }.{ $songs ->
        [0] { "" }
       *[other] { " " }On l'entend sur l'album dans { $songs ->
                [1] « { $song1 } »
                [2] « { $song1 } » et « { $song2 } »
                [3] « { $song1 } », « { $song2 } » et « { $song3 } »
               *[other] « { $song1 } », « { $song2 } », « { $song3 } » et « { $song4 } »
            }.
    }
trivia-q-origin-true-false =
    Vrai ou faux : { $band ->
        [yes] le groupe { $artist } { $based ->
            [yes] est basé à
           *[no] a pour ville d'origine
        }
       *[no] { $artist } { $based ->
            [yes] a son port d'attache à
           *[no] a pour ville d'origine
        }
    } { $place }.
trivia-q-origin-true-false-why =
    { $true ->
        [yes] Vrai
       *[no] Faux
    } : { $band ->
        [yes] le groupe { $artist } { $based ->
            [yes] est basé à
           *[no] a pour ville d'origine
        }
       *[no] { $artist } { $based ->
            [yes] a son port d'attache à
           *[no] a pour ville d'origine
        }
    } { $home }.
trivia-q-label-released = Lequel de ces albums est sorti chez { $label } ?
trivia-q-label-released-why = *{ $album }* ({ $artist }), avec « { $title } », est sorti chez { $label }.
trivia-q-other-name =
    { $born ->
        [yes] Quel nom de naissance se cache derrière { $name } ?
       *[no] Quel autre nom porte { $name } ?
    }
trivia-q-who-is-named =
    { $born ->
        [yes] Qui a pour nom de naissance { $other } ?
       *[no] Qui se fait aussi appeler { $other } ?
    }
trivia-q-other-name-why =
    { $born ->
        [yes] { $name } a pour nom de naissance { $other }.
       *[no] { $name } se fait aussi appeler { $other }.
    }
trivia-q-quote-describes =
    De quel morceau parle { $publication } ici ?
    > { $quote }
trivia-q-quote-gap =
    Quel titre de morceau manque dans cette citation de critique ?
    > { $quote }
trivia-q-quote-track-why = { $publication } a écrit ceci à propos du morceau { $position }, « { $title } ».
trivia-q-quote-versions-why = { $publication } a écrit ceci à propos de « { $title } », dans ses deux versions de l'album (morceaux { $first } et { $second }).
trivia-q-quote-source =
    Quelle publication a écrit ceci ?
    > { $quote }
trivia-q-quote-source-why = { $publication } a écrit ceci dans son article sur la bande originale.


## About, help and privacy: /about, /help, /privacy

about-title = À propos du bot { $title }
about-lead = Un bot pour les fans de cet album : ses morceaux, ses artistes, ce qu'en dit la critique, et des quiz.
about-what-it-does = Ce qu'il fait
about-help-lists = `/help` liste toutes les commandes.
about-where-from = D'où viennent les données
about-data-pack = Les { $tracks } morceaux, leurs artistes et les faits sur la sortie et le film viennent d'un paquet de données que chacun peut lire et modifier.
about-gathered-from = Réunies à partir de { $publications } : **Sources** ci-dessous les liste toutes.
about-marks = Sur une fiche, les petits numéros après un fait (¹˒²) sont ses sources ; quand les sources divergent, chaque valeur est conservée.
about-reviews-from = Les citations de critiques viennent de { $reviews }.
about-more-publications = { $count ->
        [one] { $count } autre publication
       *[other] { $count } autres publications
    }
about-add-it = L'ajouter
about-add-it-how = À un serveur, pour tout le monde ; ou à votre propre compte, pour utiliser `/track`, `/quote` et les autres commandes de consultation en message privé et sur n'importe quel serveur.
about-add-to-server = Ajouter à un serveur
about-add-to-account = Ajouter à mes applis
about-version = Version { $version }

command-about = Ce qu'est ce bot, d'où viennent ses données, et comment l'ajouter
command-help = Toutes les commandes, par fonction (vous seul la voyez)
help-title = Commandes
help-how-to-type = Tapez `/` puis le nom de la commande. `<option>` est obligatoire, `[option]` facultative. Ajoutez `private: True` à une fiche ou une citation pour être seul à la voir.
help-feature-catalogue = Catalogue
help-feature-catalogue-summary = L'album, ses morceaux et ses artistes, chaque fait avec ses sources
help-feature-quotes = Citations
help-feature-quote-of-the-day = Citation du jour
help-feature-trivia = Quiz
help-feature-about = À propos
help-feature-about-summary = Ce qu'est ce bot, et toutes ses commandes
help-feature-privacy = Confidentialité
help-feature-privacy-summary = Ce que le bot garde sur vous, effacé à votre demande
help-feature-other = Autres
command-privacy = Ce que le bot garde sur vous
command-privacy-forget = Effacer tout ce que le bot garde sur vous : réponses, séries, scores (vous seul le voyez)
privacy-nothing = Le bot ne garde rien sur vous : il n'y avait rien à effacer.
privacy-daily-answers =
    { $count ->
        [one] { $count } réponse à la question du jour
       *[other] { $count } réponses à la question du jour
    }
privacy-daily-streaks =
    { $count ->
        [one] { $count } série quotidienne
       *[other] { $count } séries quotidiennes
    }
privacy-trivia-answers =
    { $count ->
        [one] { $count } réponse au quiz
       *[other] { $count } réponses au quiz
    }
privacy-games-started =
    { $count ->
        [one] { $count } partie de quiz qui vous nommait comme l'ayant lancée
       *[other] { $count } parties de quiz qui vous nommaient comme les ayant lancées
    }
privacy-reveals =
    { $count ->
        [one] votre nom dans { $count } annonce de la réponse à la question du jour
       *[other] votre nom dans { $count } annonces de la réponse à la question du jour
    }
privacy-deleted = Effacé : { $deleted }. Les classements et les séries ne vous prennent plus en compte.
privacy-deleted-games-stay = Effacé : { $deleted }. Les classements et les séries ne vous prennent plus en compte. Les parties que vous avez lancées restent pour les autres joueurs, sans votre nom.
