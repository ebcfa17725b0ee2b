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

option-private = Solo tú ves la respuesta (para usarlo en el servidor de otra persona)

card-sources-button = Fuentes ({ $count })
card-disputed-button = En disputa ({ $count })
card-sources-heading = Fuentes
card-sources-note = Los números son las llamadas de la ficha.
card-disputed-line = ⚠️ **{ $label }:** { $values }
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
list-comma = { $first }, { $next }
list-and = { $first } y { $next }
list-or = { $first } o { $next }

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

quotes-title = Lo que dijo la crítica
quotes-about = Sobre
quotes-one-of =
    { $count ->
        [one] La única cita
       *[other] Una de { $count } citas
    }
quotes-one-of-matching =
    { $count ->
        [one] La única cita que coincide
       *[other] Una de { $count } citas que coinciden
    }
quotes-and = { $first } y { $second }
quotes-or = { $first } o { $second }
quotes-no-such-source = No hay citas de esa fuente. Las reseñas citadas son de { $publications }.
quotes-filter-about = sobre **{ $name }**
quotes-filter-from = publicada en **{ $publication }**
quotes-nothing-matches = No hay ninguna cita de reseña { $filters }. Prueba con menos filtros: `/quote random` a secas elige entre todas las citas.
quotes-today-title = Cita del día
quotes-today-footer = Cita del día · { $day }
quotes-today-in-a-server = La cita del día es de cada servidor: usa este comando en uno.
quotes-today-not-running = La cita del día no está activada en este bot. Prueba `/quote random`.
quotes-today-gone = La cita de hoy ya no está en los datos. Prueba `/quote random` en su lugar.
quotes-search-empty = Escribe algunas palabras para buscar (en inglés, como las citas), por ejemplo `robot` o `love songs`.
quotes-too-common-word = «{ $text }» es una palabra demasiado común para buscarla. Prueba con otra palabra (en inglés, como las citas), por ejemplo `robot` o `love`.
quotes-too-common-words = «{ $text }» solo tiene palabras demasiado comunes para buscarlas. Prueba con otra palabra (en inglés, como las citas), por ejemplo `robot` o `love`.
quotes-search-nothing = Ninguna cita de reseña menciona «{ $text }». Prueba con otras palabras, o con `/quote random` para una cita cualquiera.
quotes-search-best = Mejores resultados para «{ $text }».
quotes-search-partial = Ninguna cita tiene todas las palabras de «{ $text }»; estas tienen algunas.

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

daily-title = Cita del día
daily-days-every-day = todos los días
daily-days-weekdays = de lunes a viernes
daily-days-weekends = los fines de semana
daily-days-one = cada { $day }
daily-days-several = cada { $days } y { $last }
daily-days-separator = { ", " }
daily-at-zone = { $time } ({ $zone })
daily-at-fixed = { $time } { $offset } (sin horario de verano)
daily-at-fixed-named = { $time } { $offset } ({ $abbreviation }, sin horario de verano)
daily-zone-read-as = «{ $typed }» entendido como { $zone }.
daily-zone-fixed-note = { $abbreviation } es { $offset } todo el año. Para seguir la hora de { $city } a lo largo del año, con horario de verano, usa { $zone }.
daily-zone-choice-abbreviation = { $zone } ({ $offset } todo el año, sin horario de verano)
daily-zone-choice-fixed = { $zone } ({ $offset }, sin horario de verano)
daily-error-time = No sé leer «{ $typed }» como una hora. Prueba con 9, 9am, 9:30 pm o 21:30.
daily-error-zone-several = «{ $typed }» tiene varias zonas horarias ({ $zones } y otras). Escribe mejor una ciudad, como Chicago o Sídney, o una zona, como America/Chicago.
daily-error-zone-unknown = «{ $typed }» no es una zona horaria ni un lugar que conozca. Escribe una ciudad (Paris, New York, Tokyo) o elige una zona de la lista mientras escribes, como Europe/Paris.
daily-error-days-empty = Indica qué días: weekdays (de lunes a viernes), weekends (fines de semana), every day (todos los días) o días como mon,wed,fri.
daily-error-days-word = { $word } no es un día. Usa weekdays (de lunes a viernes), weekends (fines de semana), every day (todos los días) o días como mon,wed,fri.
daily-error-everyone = No se permite mencionar a @everyone. Elige un rol o deja `role` vacío.
daily-error-role-unmentionable = { $role } no se puede mencionar, y tú no puedes mencionarlo (para eso hace falta el permiso Mencionar @everyone, @here y todos los roles), así que no lo mencionaré por ti cada día. Haz que el rol se pueda mencionar (Ajustes del servidor > Roles), pide a alguien que pueda mencionarlo que lo elija o deja `role` vacío.
daily-error-cannot-post = No puedo publicar en { $channel }: necesito { $permissions } ahí. Concédemelo o elige otro canal.
daily-error-cannot-thread = No puedo publicar en { $channel }: necesito { $permissions } ahí (lo necesita el hilo de cada publicación). Concédemelo o elige otro canal. O deja `thread` desactivado.
daily-error-cannot-post-or-thread = No puedo publicar en { $channel }: necesito { $permissions } ahí. Concédemelos o elige otro canal. O deja `thread` desactivado.
daily-set-done = La cita del día se publicará en { $channel } { $days } a las { $time }.
daily-set-next = Próxima publicación: { $when }.
daily-set-gap = Es decir, { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } después de la última publicación: cambiar la hora o la zona nunca adelanta la próxima publicación.
daily-set-question = Cada publicación hace una pregunta de trivia; la siguiente revela la respuesta.
daily-set-no-question = Las publicaciones no llevan pregunta (`question:True` añade una).
daily-set-thread = Cada publicación abre un hilo público con el nombre de su cita.
daily-set-pings = Cada publicación menciona a { $role }.
daily-set-role-silent = Ese rol no se puede mencionar, así que la mención no avisará a nadie: haz que se pueda mencionar (Ajustes del servidor > Roles) o dame el permiso Mencionar @everyone, @here y todos los roles en ese canal.
daily-off-already = La publicación diaria ya está desactivada. Actívala con `/qotd set`.
daily-off-done = La cita del día está desactivada. `/qotd set` la vuelve a activar.
daily-preview-gone = La próxima cita ya no está en los datos; se sustituirá.
daily-preview-title = Próxima cita del día ({ $date })
daily-preview-footer = Solo tú ves esta vista previa
daily-post-off = La publicación diaria está desactivada. Actívala con `/qotd set` y luego publica.
daily-post-already-out = La cita del día de hoy ya está publicada: [ir a ella]({ $url }).
daily-post-failed-today = La publicación de hoy ha fallado: { $reason } Cuando se solucione, la próxima publicación saldrá a la hora prevista.
daily-post-see-status = consulta /qotd status
daily-post-see-status-end = consulta /qotd status.
daily-post-still-yesterday = En { $zone } todavía es { $today }, y la última publicación tiene fecha { $latest }: la de hoy ya ha salido.
daily-post-next-comes = La próxima llega { $when }.
daily-post-done = Cita del día publicada: { $url }
daily-post-went-out = La cita del día de hoy ya había salido: { $url }
daily-post-on-its-way = La publicación de hoy está saliendo ahora mismo; estará en el canal en un momento.
daily-post-could-not = No he podido publicarla: { $reason }
daily-status-off = La publicación diaria está desactivada. Actívala con `/qotd set channel:#canal`.
daily-status-posting = Se publica en { $channel } { $days } a las { $time }.
daily-status-each-post = Cada publicación
daily-status-with = { $question ->
        [yes] Con una pregunta de trivia
       *[no] Sin pregunta
    }{ $thread ->
        [yes] { " " }y un hilo
        [refused] { " " }y un hilo (rechazado: mira abajo)
       *[no] { "" }
    }
daily-status-pings = Menciones
daily-status-paused = En pausa
daily-status-paused-text = Las últimas { $count } publicaciones han fallado seguidas, así que la publicación diaria está en pausa. Soluciona el problema de abajo y vuelve a usar `/qotd set` para reanudarla.
daily-status-next = Próxima publicación
daily-status-last = Última publicación
daily-status-last-link = { $when } · [ir a ella]({ $url })
daily-status-thread-refused = Hilo rechazado
daily-status-dated = { $date }: { $reason }
daily-status-not-posted = Sin publicar
daily-status-missed = { $date }: { $reason } Falló todo ese día por parte de Discord, así que no cuenta como fallo de este servidor.
daily-status-last-failure = Último fallo
daily-status-failures = Fallos seguidos
daily-rate-no-question = sin pregunta
daily-rate-none-yet = aún sin respuestas
daily-rate-so-far = { $answers ->
        [one] { $answers } respuesta
       *[other] { $answers } respuestas
    } por ahora, la solución llega con la próxima publicación
daily-rate-none = sin respuestas
daily-rate = { $right } de { $answers ->
        [one] { $answers } respuesta
       *[other] { $answers } respuestas
    } correctas ({ NUMBER($ratio, style: "percent") })
daily-history-title = Cita del día: { $count ->
        [one] la última publicación
       *[other] las últimas { $count } publicaciones
    }
daily-history-gone = (una cita que ya no está en los datos)
daily-history-jump = [ir]({ $url })
daily-history-empty = Aún no se ha publicado nada. `/qotd set` activa la publicación diaria.
daily-question-title = Pregunta del día
daily-question-closed = { $title } · cerrada
daily-question-footer = Pregunta del día · { $date } · una respuesta por persona, en privado; la solución llega con la próxima publicación
daily-question-answered-footer = Pregunta del día · { $date } · respondida en la siguiente publicación
daily-right-answer = Respuesta correcta
daily-answers = Respuestas
daily-tally-nobody = Nadie respondió.
daily-tally = { $right } de { $players ->
        [one] { $players } jugador
       *[other] { $players } jugadores
    } { $right ->
        [one] acertó
       *[other] acertaron
    }.
daily-reveal-title = La respuesta a la pregunta del { $date }
daily-reveal-streaks = Rachas activas más largas
daily-reveal-streak = { $name }: { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
daily-reveal-why = Por qué
daily-answer-gone = Esta pregunta ya no está en los datos del bot, así que no se puede responder.
daily-answer-stored = Respuesta registrada: **{ $option }**. La solución llega con la próxima publicación.
daily-answer-again = Ya respondiste a esta: **{ $option }**. Una respuesta por persona.
daily-answer-closed = Las respuestas a esta pregunta están cerradas: la respuesta era { $answer }. { $tally }
daily-stats-streak = Racha diaria: { $current ->
        [one] { $current } día
       *[other] { $current } días
    } ahora, mejor racha { $best ->
        [one] { $best } día
       *[other] { $best } días
    }
daily-thread-reason = Conversación sobre la cita del día
daily-thread-forbidden = No tengo permiso para abrir un hilo en { $channel }: dame Crear hilos públicos ahí o desactiva los hilos con `/qotd set thread:False`.
daily-thread-refused = Discord rechazó el hilo: { $reason }
daily-fail-channel-unseen = El canal se eliminó o ya no puedo verlo. Elige otro con /qotd set.
daily-fail-quote-gone = La cita elegida ya no está en el paquete de datos.
daily-fail-timeout = Discord no respondió a tiempo.
daily-fail-forbidden = No tengo permiso para publicar en { $channel }: dame Ver canal, Enviar mensajes e Insertar enlaces ahí, o elige otro canal con /qotd set.
daily-fail-channel-deleted = El canal se eliminó. Elige otro con /qotd set.
daily-fail-rate-limited = Discord estaba limitando la frecuencia del bot.
daily-fail-discord-error = Discord tuvo un error de servidor ({ $status }).
daily-fail-refused = Discord rechazó la publicación: { $reason }

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

# The leaderboard's choices, as the command picker lists them
trivia-season-current = Esta temporada (este mes)
trivia-season-all = De siempre
trivia-season-previous = Temporada anterior: su salón de la fama
trivia-scope-server = Este servidor
trivia-scope-global = Todo el mundo
trivia-sort-points = Puntos
trivia-sort-accuracy = Precisión
trivia-sort-games = Partidas jugadas

# Categories and difficulties as the picker and the messages show them
trivia-category-tracks = Pistas
trivia-category-artists = Artistas
trivia-category-reviews = Reseñas
trivia-category-album = Álbum y película
trivia-difficulty-easy = Fácil
trivia-difficulty-medium = Media
trivia-difficulty-hard = Difícil

# /trivia start and the answer buttons
trivia-start = **¡Trivial!** { $questions ->
        [one] { $questions } pregunta
       *[other] { $questions } preguntas
    }, { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } cada una, empezado por { $starter }. Cualquiera aquí puede jugar: elige una respuesta con los botones. Cuanto antes aciertes, más puntos ganas.
trivia-start-short = **¡Trivial!** { $questions ->
        [one] { $questions } pregunta
       *[other] { $questions } preguntas
    } ({ $note }), { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } cada una, empezado por { $starter }. Cualquiera aquí puede jugar: elige una respuesta con los botones. Cuanto antes aciertes, más puntos ganas.
# Why a game has fewer questions than asked: "(only 3 left that this server hasn't seen)"
trivia-short-unseen =
    { $count ->
        [one] solo queda { $count } que este servidor no ha visto
       *[other] solo quedan { $count } que este servidor no ha visto
    }
# $holder is a category's name, or trivia-the-bank: "Reviews has 6 easy questions"
trivia-the-bank = El banco de preguntas
trivia-pool =
    { $holder }: { $count } { $difficulty ->
        [easy] { $count ->
            [one] pregunta fácil
           *[other] preguntas fáciles
        }
        [medium] { $count ->
            [one] pregunta de dificultad media
           *[other] preguntas de dificultad media
        }
        [hard] { $count ->
            [one] pregunta difícil
           *[other] preguntas difíciles
        }
       *[any] { $count ->
            [one] pregunta
           *[other] preguntas
        }
    }
trivia-pool-shared = { $pool }, y solo { $got } caben en una misma partida (nunca dos sobre el mismo dato)
trivia-text-channel-only = El trivial solo se puede jugar en un canal de texto.
trivia-already-running = Ya hay una partida de trivial en curso en este canal.
trivia-already-running-link = Ya hay una partida de trivial en curso en este canal: [ir a ella]({ $link }).
trivia-unknown-category = No hay ninguna categoría de trivial con ese nombre. Elige una de estas: { $names }.
trivia-unknown-difficulty = No hay ninguna dificultad de trivial con ese nombre. Elige una de estas: { $names }.
trivia-none-match = Ninguna pregunta coincide con esa categoría y dificultad.
trivia-all-seen = Este servidor ya ha visto todas las preguntas que coinciden. Las preguntas vuelven a salir cuando el servidor ha visto todo el banco: prueba otra categoría o dificultad, o ninguna.
trivia-play-again = Jugar otra vez
trivia-play-again-stale = Este botón de Jugar otra vez ha caducado: empieza una partida con /trivia start.
trivia-closed = Esta pregunta ya se ha cerrado.
trivia-already-answered = Ya has fijado una respuesta a esta pregunta.
trivia-locked-in = 🔒 Respuesta fijada: **{ $option }**. La solución se revela cuando se cierre la pregunta.

# A question, its reveal and a game's end
trivia-question-title =
    Pregunta { $number } de { $count } · { $category } · { $difficulty ->
        [easy] fácil
        [medium] media
       *[hard] difícil
    }
trivia-question-footer = Cualquiera aquí puede jugar: una respuesta por persona. Lo que elige cada uno queda oculto hasta la solución.
trivia-time = Tiempo
trivia-closes = Se cierra { $when }
trivia-closes-answered =
    Se cierra { $when } · { $answered ->
        [one] { $answered } ha respondido
       *[other] { $answered } han respondido
    }
trivia-seconds = { $seconds } s
trivia-percent = { $percent } %
trivia-picks =
    { $count ->
        [one] { $count } elección
       *[other] { $count } elecciones
    }
trivia-closed-title = { $title } · cerrada
trivia-right-answer = Respuesta correcta
trivia-who-got-it = Quién acertó
trivia-nobody-right = Nadie esta vez.
trivia-right-line = { $player } +{ $points } en { $time }
trivia-right-line-streak = { $player } +{ $points } en { $time } 🔥 { $streak } seguidas
trivia-answers = Respuestas
trivia-answers-line =
    { $count ->
        [one] { $count } respuesta
       *[other] { $count } respuestas
    }: { $right ->
        [one] { $right } acierto
       *[other] { $right } aciertos
    }, { $wrong ->
        [one] { $wrong } fallo
       *[other] { $wrong } fallos
    } (un fallo no puntúa)
trivia-why = Por qué
trivia-top-three = Los tres primeros
trivia-next-question = Siguiente pregunta
trivia-podium = Podio
trivia-everyone-else = Todos los demás
trivia-no-points = Sin puntos en esta partida
trivia-nobody-scored = Nadie ha sumado ni un punto.
trivia-nobody-answered = Nadie ha respondido.
trivia-standing =
    { $player } — **{ $points }** { $points ->
        [one] punto
       *[other] puntos
    } · { $right }/{ $answered } aciertos
trivia-standing-fastest =
    { $player } — **{ $points }** { $points ->
        [one] punto
       *[other] puntos
    } · { $right }/{ $answered } aciertos · el más rápido en { $time }
trivia-no-points-line = { $player } — { $right }/{ $answered } aciertos
trivia-game-over = Trivial: fin de la partida
trivia-thanks = ¡Gracias por jugar!

# /trivia stop, and a game a restart cut off
trivia-no-game = No hay ninguna partida de trivial en curso en este canal.
trivia-may-not-stop = Solo quien empezó esta partida, o alguien con el permiso Gestionar mensajes, puede pararla.
trivia-stopped = Trivial detenido
trivia-stopped-by = Detenido por { $name }.
trivia-cut-off = Trivial: partida interrumpida
trivia-cut-off-note = Esta partida se detuvo en la pregunta { $number } de { $count } cuando el bot se reinició. Todas las respuestas dadas hasta entonces se conservan, y los puntos cuentan.

# /trivia leaderboard: $where is the server's name or trivia-everyone; $season a month, "January 2026"
trivia-everyone = todo el mundo
trivia-this-server = este servidor
trivia-leaderboard-title =
    Clasificación del trivial: { $where }, por { $sort ->
        [accuracy] precisión
        [games] partidas
       *[points] puntos
    }
trivia-board-line =
    `#{ $rank }` { $player } — **{ $points }** { $points ->
        [one] punto
       *[other] puntos
    } · { $percent } de aciertos ({ $right }/{ $answers }) · { $games ->
        [one] { $games } partida
       *[other] { $games } partidas
    }
trivia-nobody-yet = Nadie ha jugado todavía. Empieza una partida con /trivia start.
trivia-nobody-yet-season = Nadie ha jugado todavía esta temporada. Empieza una partida con /trivia start.
trivia-your-rank = Tu puesto
trivia-your-rank-line =
    De { $players ->
        [one] { $players } jugador
       *[other] { $players } jugadores
    }: { $line }
trivia-not-ranked = Todavía no has respondido ninguna pregunta aquí.
trivia-not-ranked-season = Todavía no has respondido ninguna pregunta aquí esta temporada.
trivia-season = Temporada
# `season: …` names the leaderboard's option and its choice as the picker shows them
trivia-season-all-note = De siempre. Los tres primeros de la temporada pasada: `season: Temporada anterior`.
trivia-season-note = { $season } ({ $zone }), termina { $when }; sus tres primeros pasan al salón de la fama. Todas las temporadas juntas: `season: De siempre`.
trivia-zone-utc = UTC
trivia-zone = zona horaria { $zone }
trivia-hall-title = Salón de la fama del trivial: { $where }, { $season }
trivia-hall-line =
    { $medal } { $player } — **{ $points }** { $points ->
        [one] punto
       *[other] puntos
    } · { $right }/{ $answers } aciertos · { $games ->
        [one] { $games } partida
       *[other] { $games } partidas
    }
trivia-hall-empty = Nadie sumó ni un punto en { $season }.

# /trivia stats
trivia-stats-title = Estadísticas de trivial: { $name }
trivia-stats-footer =
    En todas partes: { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    } en { $games ->
        [one] { $games } partida
       *[other] { $games } partidas
    }
trivia-stats-here = Este servidor
trivia-stats-no-answers = Todavía no hay respuestas.
trivia-stats-games = Partidas
trivia-stats-accuracy = Precisión
trivia-stats-accuracy-value =
    { $percent } ({ $right ->
        [one] { $right } acierto
       *[other] { $right } aciertos
    })
trivia-stats-points = Puntos
trivia-stats-best-streak = Mejor racha
trivia-stats-fastest = Acierto más rápido
trivia-stats-fastest-none = ninguno todavía
trivia-streak-none = todavía no hay dos aciertos seguidos
trivia-streak = { $count } aciertos seguidos

trivia-true = Verdadero
trivia-false = Falso

## Trivia questions (1): the album, its tracks and releases, the timeline and the reviews' sayings
# A generated question's prompt (…-q) and explanation (…-why), filled with data exactly as the sources
# wrote it. English shows the question as the generator words it; these words must say the same.

trivia-q-date =
    { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    }
trivia-q-album-label = ¿Qué sello publicó *{ $album }*?
trivia-q-album-label-why = *{ $album }* salió con el sello { $label }.
trivia-q-album-release-date = ¿Qué fecha de lanzamiento anunció la prensa para *{ $album }*?
trivia-q-album-release-date-why =
    La prensa anunció el lanzamiento de *{ $album }* para el { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    }.
trivia-q-album-director = ¿Quién escribió y dirigió la película *{ $film }*?
trivia-q-album-director-why = { $director } escribió y dirigió *{ $film }*.
trivia-q-album-director-why-year = { $director } escribió y dirigió *{ $film }*, que se estrenó en { $year }.
trivia-q-album-year = ¿En qué año se estrenó la película *{ $film }*?
trivia-q-album-year-why = *{ $film }* se estrenó en { $year }.
trivia-q-album-year-why-director = *{ $film }*, de { $director }, se estrenó en { $year }.
trivia-q-album-track-count = ¿Cuántas pistas tiene *{ $album }*?
trivia-q-album-track-count-why = *{ $album }* tiene { $count ->
        [one] { $count } pista
       *[other] { $count } pistas
    }.
trivia-q-performer = ¿Quién interpreta «{ $title }» en *{ $album }*?
trivia-q-true-false =
    Verdadero o falso: «{ $title }», de *{ $album }*, es de { $band ->
        [yes] la banda { $artist }
       *[no] { $artist }
    }.
trivia-q-track-by-artist = ¿Cuál de estas pistas de *{ $album }* es de { $artist }?
trivia-q-credit-why =
    { $claims ->
        [0] «{ $title }» se atribuye a { $performers }.
       *[1] Sobre «{ $title }», { $count1 ->
            [1] { $last1 } escribe
           *[other] { $first1 } y { $last1 } escriben
        } «{ $text1 }».
        [2] Sobre «{ $title }», { $count1 ->
            [1] { $last1 } escribe
           *[other] { $first1 } y { $last1 } escriben
        } «{ $text1 }»; { $count2 ->
            [1] { $last2 } escribe
           *[other] { $first2 } y { $last2 } escriben
        } «{ $text2 }».
        [3] Sobre «{ $title }», { $count1 ->
            [1] { $last1 } escribe
           *[other] { $first1 } y { $last1 } escriben
        } «{ $text1 }»; { $count2 ->
            [1] { $last2 } escribe
           *[other] { $first2 } y { $last2 } escriben
        } «{ $text2 }»; { $count3 ->
            [1] { $last3 } escribe
           *[other] { $first3 } y { $last3 } escriben
        } «{ $text3 }».
    }
trivia-q-position = ¿Qué número ocupa «{ $title }» en la lista de pistas de *{ $album }*?
trivia-q-track-at-position = ¿Qué pista es la número { $position } de *{ $album }*?
trivia-q-position-why =
    «{ $title }» es la pista { $position }{ $counted ->
        [yes] { " " }de las { $count } del álbum
       *[no] { "" }
    }{ $first ->
        [yes] , la que abre el disco
       *[no] , justo después de «{ $before }»
    }.
trivia-q-running-order =
    Ordena estas cuatro pistas tal como suenan en *{ $album }*, de la primera a la última:
    { "**1.**" } «{ $title1 }»
    { "**2.**" } «{ $title2 }»
    { "**3.**" } «{ $title3 }»
    { "**4.**" } «{ $title4 }»
trivia-q-running-order-why = En el álbum van así: «{ $title1 }» ({ $position1 }), «{ $title2 }» ({ $position2 }), «{ $title3 }» ({ $position3 }) y «{ $title4 }» ({ $position4 }).
trivia-q-two-versions = ¿Qué canción aparece en dos versiones en *{ $album }*?
trivia-q-two-versions-why = «{ $version }» es otra versión de «{ $title }».
trivia-q-two-versions-why-again = «{ $title }» vuelve a aparecer como «{ $version }».
trivia-q-original-album = Antes de esta banda sonora, ¿en qué álbum de { $artist } salió «{ $title }»?
trivia-q-original-year = ¿En qué año salió *{ $album }*, el álbum de { $artist } que incluye «{ $title }»?
trivia-q-original-label = ¿Qué sello publicó *{ $album }*, el álbum de { $artist } que incluye «{ $title }»?
trivia-q-original-why =
    «{ $title }» salió en *{ $album }*, de { $artist } ({ $labelled ->
        [yes] { $label },{ " " }
       *[no] { "" }
    }{ $year }{ $noted ->
        [yes] ;{ " " }{ $note }
       *[no] { "" }
    }).
trivia-q-original-why-plain = «{ $title }» salió en *{ $album }*, de { $artist }.
trivia-q-which-came-first =
    ¿Cuál de estos álbumes salió { $which ->
       *[first] primero
        [last] el último
    }?
trivia-q-which-came-first-why =
    { $count ->
       *[3] *{ $album1 }* (con «{ $title1 }») salió en { $year1 }, *{ $album2 }* (con «{ $title2 }») en { $year2 } y *{ $album3 }* (con «{ $title3 }») en { $year3 }.
        [4] *{ $album1 }* (con «{ $title1 }») salió en { $year1 }, *{ $album2 }* (con «{ $title2 }») en { $year2 }, *{ $album3 }* (con «{ $title3 }») en { $year3 } y *{ $album4 }* (con «{ $title4 }») en { $year4 }.
    }
trivia-q-said-by =
    ¿Qué publicación escribió esto?
    > { $phrase }
trivia-q-said-by-why-album =
    { $site ->
        [yes] La web { $publication }
       *[no] { $publication }
    } escribió esto sobre { $part ->
        [film] la película
        [label] el sello
       *[album] el álbum
    } ({ $fact }).
trivia-q-said-by-why-origin =
    { $site ->
        [yes] La web { $publication }
       *[no] { $publication }
    } escribió esto sobre el origen de { $of ->
        [yes] la banda { $name }
       *[no] { $name }
    }.
trivia-q-said-by-why-aliases =
    { $site ->
        [yes] La web { $publication }
       *[no] { $publication }
    } escribió esto sobre otros nombres de { $of ->
        [yes] la banda { $name }
       *[no] { $name }
    }.
trivia-q-said-by-why-members =
    { $site ->
        [yes] La web { $publication }
       *[no] { $publication }
    } escribió esto sobre los miembros de { $of ->
        [yes] la banda { $name }
       *[no] { $name }
    }.
trivia-q-said-by-why-member =
    { $site ->
        [yes] La web { $publication }
       *[no] { $publication }
    } escribió esto sobre { $member }, de { $of ->
        [yes] la banda { $name }
       *[no] { $name }
    }.
trivia-q-said-by-why-artist =
    { $site ->
        [yes] La web { $publication }
       *[no] { $publication }
    } escribió esto sobre { $of ->
        [yes] la banda { $name }
       *[no] { $name }
    } ({ $detail }).
trivia-q-said-by-why-track =
    { $site ->
        [yes] La web { $publication }
       *[no] { $publication }
    } escribió esto sobre la pista { $position }, «{ $title }».
trivia-q-said-by-why-track-credit =
    { $site ->
        [yes] La web { $publication }
       *[no] { $publication }
    } escribió esto sobre quién hizo la pista { $position }, «{ $title }».
trivia-q-said-by-why-track-title =
    { $site ->
        [yes] La web { $publication }
       *[no] { $publication }
    } escribió esto sobre el título de la pista { $position }, «{ $title }».
trivia-q-said-by-why-track-original =
    { $site ->
        [yes] La web { $publication }
       *[no] { $publication }
    } escribió esto sobre dónde salió por primera vez la pista { $position }, «{ $title }».
trivia-q-quote-word =
    ¿Qué palabra completa esta cita de { $publication }?
    > { $quote }
trivia-q-quote-word-why = La palabra es «{ $word }»: { $publication } lo escribió en su crítica de la banda sonora.


## Trivia questions (2): artists, places, names, reviews and quotes
# $artist, $band (yes: a band), $lowercase, $of; a line-up is $members (all but the last, comma-separated),
# $last and $count; songs are $song1 … $song4 and $songs (how many); $based (yes: "based in").
trivia-q-band-member = ¿Quién forma parte del grupo { $artist }?
trivia-q-member-band = ¿En qué grupo del álbum toca { $person }?
trivia-q-line-up =
    { $count ->
        [1] { $last } forma parte del grupo { $artist }.
       *[other] El grupo { $artist } lo forman { $members } y { $last }.
    }
trivia-q-odd-member = Busca al intruso: ¿quién no forma parte del grupo { $artist }?
trivia-q-odd-member-why = { $outsider } forma parte del grupo { $other }. { $count ->
        [1] { $last } forma parte del grupo { $artist }.
       *[other] El grupo { $artist } lo forman { $members } y { $last }.
    }
trivia-q-odd-member-why-not = { $outsider } no forma parte del grupo { $artist }. { $count ->
        [1] { $last } forma parte del grupo { $artist }.
       *[other] El grupo { $artist } lo forman { $members } y { $last }.
    }
trivia-q-origin =
    { $based ->
        [yes] { $band ->
            [yes] ¿Dónde tiene su base el grupo { $artist }?
           *[no] ¿Dónde tiene su base { $artist }?
        }
       *[no] { $band ->
            [yes] ¿De dónde es el grupo { $artist }?
           *[no] ¿De dónde es { $artist }?
        }
    }
trivia-q-artist-from =
    { $band ->
        [yes] ¿Cuál de estos grupos
       *[no] ¿Cuál de estos artistas
    } { $based ->
        [yes] tiene su base en { $home }?
       *[no] es de { $home }?
    }
trivia-q-origin-why =
    { $band ->
        [yes] El grupo { $artist }
       *[no] { $artist }
    } { $based ->
        [yes] tiene su base en
       *[no] es de
    } { $home }.{ $songs ->
        [0] { "" }
       *[other] { " " }En el álbum, { $band ->
            [yes] el grupo
           *[no] { $artist }
        } toca { $songs ->
                [1] «{ $song1 }»
                [2] «{ $song1 }» y «{ $song2 }»
                [3] «{ $song1 }», «{ $song2 }» y «{ $song3 }»
               *[other] «{ $song1 }», «{ $song2 }», «{ $song3 }» y «{ $song4 }»
            }.
    }
trivia-q-origin-true-false =
    Verdadero o falso: { $band ->
        [yes] el grupo { $artist }
       *[no] { $artist }
    } { $based ->
        [yes] tiene su base en
       *[no] es de
    } { $place }.
trivia-q-origin-true-false-why =
    { $true ->
        [yes] Verdadero
       *[no] Falso
    }: { $band ->
        [yes] el grupo { $artist }
       *[no] { $artist }
    } { $based ->
        [yes] tiene su base en
       *[no] es de
    } { $home }.
trivia-q-label-released = ¿Cuál de estos álbumes salió con el sello { $label }?
trivia-q-label-released-why = { $label } publicó *{ $album }*, de { $artist }, que incluye «{ $title }».
trivia-q-other-name =
    { $born ->
        [yes] ¿Con qué nombre nació { $name }?
       *[no] ¿Qué otro nombre usa { $name }?
    }
trivia-q-who-is-named =
    { $born ->
        [yes] ¿Quién nació con el nombre de { $other }?
       *[no] ¿Quién usa también el nombre { $other }?
    }
trivia-q-other-name-why =
    { $born ->
        [yes] { $name } nació con el nombre de { $other }.
       *[no] { $name } usa también el nombre { $other }.
    }
trivia-q-quote-describes =
    ¿Qué canción describe { $publication } aquí?
    > { $quote }
trivia-q-quote-gap =
    ¿Qué título de canción falta en esta cita de una crítica?
    > { $quote }
trivia-q-quote-track-why = { $publication } escribió esto sobre la pista { $position }, «{ $title }».
trivia-q-quote-versions-why = { $publication } escribió esto sobre «{ $title }», en sus dos versiones del álbum (pistas { $first } y { $second }).
trivia-q-quote-source =
    ¿Qué publicación escribió esto?
    > { $quote }
trivia-q-quote-source-why = { $publication } lo escribió en su crítica de la banda sonora.


## About, help and privacy: /about, /help, /privacy

about-title = Acerca del bot de { $title }
about-lead = Un bot para fans de este álbum: sus pistas, sus artistas, lo que dijo la crítica y trivial.
about-what-it-does = Qué hace
about-help-lists = `/help` enumera todos los comandos.
about-where-from = De dónde salen los datos
about-data-pack = Las { $tracks } pistas, sus artistas y los datos de la edición y la película salen de un paquete de datos que cualquiera puede leer y editar.
about-gathered-from = Reunidos a partir de { $publications }: **Fuentes**, abajo, las enumera todas.
about-marks = En una ficha, los numeritos tras un dato (¹˒²) son sus fuentes; cuando las fuentes no coinciden, se conservan todos los valores.
about-reviews-from = Las citas de reseñas proceden de { $reviews }.
about-more-publications = { $count ->
        [one] { $count } publicación más
       *[other] { $count } publicaciones más
    }
about-add-it = Añadirlo
about-add-it-how = A un servidor, para todos los que están en él; o a tu propia cuenta, para usar `/track`, `/quote` y los demás comandos de consulta en mensajes directos y en cualquier servidor.
about-add-to-server = Añadir a un servidor
about-add-to-account = Añadir a mis aplicaciones
about-version = Versión { $version }

command-about = Qué es este bot, de dónde salen sus datos y cómo añadirlo
command-help = Todos los comandos, por función (solo lo ves tú)
help-title = Comandos
help-how-to-type = Escribe `/` y el nombre del comando. `<opción>` es obligatoria; `[opción]`, opcional. Añade `private: True` a una ficha o una cita para verla solo tú.
help-feature-catalogue = Catálogo
help-feature-catalogue-summary = El álbum, sus pistas y sus artistas, cada dato con sus fuentes
help-feature-quotes = Citas
help-feature-quote-of-the-day = Cita del día
help-feature-trivia = Trivial
help-feature-about = Acerca de
help-feature-about-summary = Qué es este bot, y todos sus comandos
help-feature-privacy = Privacidad
help-feature-privacy-summary = Lo que el bot guarda sobre ti, borrado si lo pides
help-feature-other = Otros
command-privacy = Lo que el bot guarda sobre ti
command-privacy-forget = Borrar todo lo que el bot guarda sobre ti: respuestas, rachas, puntos (solo lo ves tú)
privacy-nothing = El bot no guarda nada sobre ti: no había nada que borrar.
privacy-daily-answers =
    { $count ->
        [one] { $count } respuesta a la pregunta del día
       *[other] { $count } respuestas a la pregunta del día
    }
privacy-daily-streaks =
    { $count ->
        [one] { $count } racha diaria
       *[other] { $count } rachas diarias
    }
privacy-trivia-answers =
    { $count ->
        [one] { $count } respuesta de trivial
       *[other] { $count } respuestas de trivial
    }
privacy-games-started =
    { $count ->
        [one] { $count } partida de trivial que te nombraba como quien la empezó
       *[other] { $count } partidas de trivial que te nombraban como quien las empezó
    }
privacy-reveals =
    { $count ->
        [one] tu nombre en { $count } resolución de la pregunta del día
       *[other] tu nombre en { $count } resoluciones de la pregunta del día
    }
privacy-deleted = Borrado: { $deleted }. Las clasificaciones y las rachas ya no te tienen en cuenta.
privacy-deleted-games-stay = Borrado: { $deleted }. Las clasificaciones y las rachas ya no te tienen en cuenta. Las partidas que empezaste se quedan para los demás jugadores, sin tu nombre.
