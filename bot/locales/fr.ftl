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

card-sources-button = Sources ({ $count })
card-disputed-button = Contesté ({ $count })
card-sources-heading = Sources
card-sources-note = Les numéros sont les appels de la fiche.
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
card-list-comma = { $first }, { $next }
card-list-and = { $first } et { $next }
card-list-or = { $first } ou { $next }

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

## About, help and privacy: /about, /help, /privacy

command-about = Ce qu'est ce bot, d'où viennent ses données, et comment l'ajouter
command-help = Toutes les commandes, par fonction (vous seul la voyez)
command-privacy = Ce que le bot garde sur vous
command-privacy-forget = Effacer tout ce que le bot garde sur vous : réponses, séries, scores (vous seul le voyez)
