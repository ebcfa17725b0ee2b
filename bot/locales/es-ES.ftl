# The bot's own words in Spanish (Spain) (Español). en-US.ftl is the reference: every key there is here.
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

error-cooldown = Más despacio: podrás volver a usar este comando dentro de { $seconds } s.
error-user-permission = Necesitas el permiso { $permissions } para usar este comando.
error-bot-permission = Necesito el permiso { $permissions } en este canal. Pídeselo a quien gestione el servidor.
error-server-only = Este comando solo funciona en un servidor, no en mensajes directos.
error-check-failed = No puedes usar este comando aquí.
error-command-gone = Ese comando ya no existe. Puede que Discord aún esté actualizando su lista de comandos: inténtalo de nuevo pronto.
error-command-changed = Este comando ha cambiado desde la última vez que Discord lo recibió. Inténtalo de nuevo dentro de un minuto.
error-invalid-value = Ese valor no es válido aquí: { $value }
error-unavailable-member = Ese miembro no está (ya) en este servidor, o no puedo verlo.
error-unavailable-channel = No puedo ver ese canal, o no es del tipo que admite esta opción.
error-unavailable-role = Ese rol no está (ya) en este servidor.
error-unavailable-mentionable = No encuentro ese miembro ni ese rol en este servidor.
error-database-gone = Me detengo: el archivo de mi base de datos ha desaparecido. Se ha avisado del motivo a quien gestiona el bot.
error-database-unreachable = Ahora mismo no puedo acceder a mi base de datos, así que no puedo responder. Inténtalo de nuevo dentro de un minuto.
error-database-busy = Estoy guardando otra cosa: no se ha cambiado nada. Inténtalo de nuevo en unos segundos.
error-unexpected = Algo ha fallado por mi parte y ha quedado registrado. Si vuelve a pasar, da a quien gestiona el bot la referencia `{ $reference }`.

permission-manage-guild = Gestionar servidor
permission-manage-messages = Gestionar mensajes
permission-view-channel = Ver canal
permission-send-messages = Enviar mensajes
permission-embed-links = Insertar enlaces
permission-read-message-history = Leer el historial de mensajes
permission-create-public-threads = Crear hilos públicos
permission-send-messages-in-threads = Enviar mensajes en hilos

card-sources-button = Fuentes ({ $count })
card-disputed-button = En disputa ({ $count })
card-sources-heading = Fuentes
card-sources-note = Los números son las llamadas de la ficha.
card-disputed-heading = Donde las fuentes no coinciden
card-section-note = Los números remiten a las fuentes: el botón Fuentes las enumera.
card-part-gone = Esa parte de la ficha ya no existe: vuelve a usar el comando.
card-gone = Esa ficha es de una versión anterior del bot o de sus datos: vuelve a usar el comando.
card-empty-panel = No hay nada aquí.
card-source-read-it = leer
card-everything-else-buttons = Todo lo demás: los botones de abajo.
card-everything-else-menu = Todo lo demás: **Más**, abajo.
card-page = Página { $page } de { $pages }
card-previous = Anterior
card-next = Siguiente
card-more = Más
card-more-sections = Más: { $sections }

## Catalogue: /album, /tracks, /track, /artist and their cards

command-album = La banda sonora de I'm Here: edición, película y datos con sus fuentes
command-tracks = Las pistas del álbum en orden, con artistas y notas de versión
command-track = La ficha de una pista: artistas, versiones y lo que dijeron las reseñas
command-track-title = El título de la pista (o parte de él, o su número en el álbum)
command-artist = La ficha de un artista: nombres, miembros, pistas y lo que dijeron las reseñas
command-artist-name = El nombre del artista, otro nombre que use, o el de un miembro del grupo

# The cards. Fact labels, section names from the data, titles, names and quotes reach these
# messages as they are; { $marks }, { $placed } and { $counted } are superscript source marks (¹˒²):
# keep each right after the value it follows.
catalogue-fact = **{ $label }:** { $values }
catalogue-fact-disputed = ⚠️ **{ $label }** (las fuentes no coinciden): { $values }
catalogue-more-facts = Más datos
catalogue-track-count =
    { $count ->
        [one] { $count } pista
       *[other] { $count } pistas
    }
catalogue-album-lead = { $artist } · { $tracks } (/tracks las enumera)
catalogue-album-footer = ⚠️ las fuentes no coinciden: **En disputa** muestra cada valor con sus fuentes
catalogue-tracks-title = { $album }: las pistas
catalogue-tracks-lead =
    { $count ->
        [one] { $count } pista, tal como la imprimen los listados
       *[other] { $count } pistas, tal como las imprimen los listados
    }
catalogue-tracks-footer = ⚠️ las fuentes no coinciden en el crédito · las notas de una pista: **Más**, abajo, o /track
catalogue-credited-as = Acreditada a
catalogue-credited-as-disputed = Acreditada a ⚠️ las fuentes no coinciden
catalogue-version = Versión
catalogue-also-printed-as = También aparece como
catalogue-original-release = Edición original
catalogue-track-place = Pista { $position }{ $placed } de { $count }{ $counted }
catalogue-track-by = de { $credit }
catalogue-track-by-disputed = ⚠️ de quién es: las fuentes no coinciden
catalogue-track-titled-by = título según { $sources }
catalogue-reviews = Lo que dijeron las reseñas
catalogue-track-whole = Todos los créditos y notas
catalogue-from-album = «{ $title }» es de *{ $album }*.
catalogue-artist-from = De { $place }
catalogue-artist-tracks =
    { $count ->
        [one] Pista
       *[other] Pistas
    } { $numbers } del álbum
catalogue-artist-no-tracks = Ninguna pista propia en el álbum
catalogue-also-known-as = Otros nombres
catalogue-members = Miembros
catalogue-members-disputed = Miembros ⚠️ las fuentes no coinciden en la formación
catalogue-also-named = También mencionados
catalogue-on-this-album = En este álbum
catalogue-facts = Datos
catalogue-whos-who = Quién es quién
catalogue-artist-whole = Toda la ficha
catalogue-person-about = { $person }: { $about }
catalogue-person-also = también { $names }
catalogue-person-see = ver /artist { $name }
catalogue-who-member = **{ $person }** es miembro de { $artist }{ $marks }.
catalogue-who-member-about = **{ $person }** es miembro de { $artist }{ $marks }: { $about }.
catalogue-who-named = **{ $person }** aparece en la ficha de { $artist }{ $marks }.
catalogue-who-named-about = **{ $person }** aparece en la ficha de { $artist }{ $marks }: { $about }.

# Refusals of /track and /artist: { $kind } is "track" or "artist"; { $query } is what was typed.
catalogue-matches-more = { $matches } (y { $count } más)
catalogue-ambiguous =
    «{ $query }» coincide con { $kind ->
        [track] varias pistas
       *[other] varios artistas
    }: { $matches }. ¿Cuál querías decir? Escribe un poco más o elige una opción de la lista mientras escribes.
catalogue-near-miss =
    No encuentro { $kind ->
        [track] ninguna pista llamada
       *[other] ningún artista llamado
    } «{ $query }». ¿Querías decir { $matches }?
catalogue-not-found =
    No encuentro { $kind ->
        [track] ninguna pista llamada
       *[other] ningún artista llamado
    } «{ $query }». Elige una opción de la lista mientras escribes, o { $kind ->
        [track] míralas todas con /tracks
       *[other] deja la opción vacía para verlos todos
    }.

# Shared by every card that cites (bot/ui/citations.py): an inferred value, and how a list joins.
card-inferred = { $value } (deducido)
card-read-from = { $value } — a partir de { $sources }
card-list-comma = { $first }, { $next }
card-list-and = { $first } y { $next }
card-list-or = { $first } o { $next }

# Shared by every embed card (bot/ui/embeds.py): what was left out to fit Discord.
card-continued = { $name } (continuación)
card-left-out =
    { $count ->
        [one] { $count } sección omitida
       *[other] { $count } secciones omitidas
    } para caber en Discord
card-and-more =
    … y { $count } { $noun ->
        [players] { $count ->
            [one] jugador
           *[other] jugadores
        }
        [posts] { $count ->
            [one] publicación
           *[other] publicaciones
        }
        [commands] { $count ->
            [one] comando
           *[other] comandos
        }
        [sources] { $count ->
            [one] fuente
           *[other] fuentes
        }
        [people] { $count ->
            [one] persona
           *[other] personas
        }
        [tracks] { $count ->
            [one] pista
           *[other] pistas
        }
       *[lines] { $count ->
            [one] línea
           *[other] líneas
        }
    } más

## Quotes: /quote and quote cards

command-quote = Lo que escribió la crítica sobre el álbum
command-quote-random = Una cita de reseña al azar, si quieres sobre una pista o un artista
command-quote-random-track = Solo citas sobre esta pista
command-quote-random-artist = Solo citas sobre este artista
command-quote-random-source = Solo citas de esta publicación
command-quote-today = La cita del día de este servidor, la misma para todos hoy
command-quote-search = Buscar palabras en las citas de las reseñas
command-quote-search-text = Las palabras que buscar, por ejemplo: robot love

## Quote of the day: /qotd, the daily post and its question

command-qotd = Publicar una cita de reseña cada día (para quien gestiona el servidor)
command-qotd-set = Publicar la cita del día en un canal, a una hora local
command-qotd-set-channel = Dónde publicarla
command-qotd-set-time = Hora local, como 9am, 9:30 pm o 21:30 (por defecto 09:00)
command-qotd-set-timezone = Una ciudad o zona horaria, como Madrid, New York o Europe/Madrid (por defecto UTC)
command-qotd-set-role = Un rol al que mencionar en cada publicación (opcional)
command-qotd-set-question = Añadir una pregunta de trivial con botones (por defecto: sí)
command-qotd-set-days = Qué días: weekdays, weekends, every day o mon,wed,fri (por defecto: todos)
command-qotd-set-thread = Abrir un hilo público en cada publicación para comentarla (por defecto: no)
command-qotd-off = Dejar de publicar la cita del día
command-qotd-status = Dónde y cuándo se publica la cita del día, y cómo ha ido
command-qotd-preview = Ver, en privado, la cita que se publicará a continuación
command-qotd-post = Publicar ya la cita de hoy, si aún no ha salido
command-qotd-history = Las 10 últimas publicaciones diarias, y cómo fueron sus preguntas

## Trivia: /trivia, games, leaderboards and stats

command-trivia = Trivial de la banda sonora al que juega todo el canal
command-trivia-start = Empezar una partida de trivial en este canal
command-trivia-start-questions = Cuántas preguntas (de 1 a 20, 5 por defecto)
command-trivia-start-category = Solo preguntas sobre esto (por defecto: todo)
command-trivia-start-difficulty = Solo preguntas de esta dificultad (por defecto: cualquiera)
command-trivia-stop = Parar la partida de este canal (quien la empezó, o Gestionar mensajes)
command-trivia-leaderboard = Los diez mejores jugadores y tu propio puesto
command-trivia-leaderboard-scope = Este servidor o todo el mundo (por defecto: este servidor)
command-trivia-leaderboard-sort = Por qué ordenar
command-trivia-leaderboard-season = Este mes, de siempre, o el podio del mes pasado (por defecto: este mes)
command-trivia-stats = Las estadísticas de trivial de un jugador en este servidor
command-trivia-stats-member = De quién (por defecto: tuyas)

## About, help and privacy: /about, /help, /privacy

command-about = Qué es este bot, de dónde salen sus datos y cómo añadirlo
command-help = Todos los comandos, por función (solo lo ves tú)
command-privacy = Lo que el bot guarda sobre ti
command-privacy-forget = Borrar todo lo que el bot guarda sobre ti: respuestas, rachas, puntos (solo lo ves tú)
