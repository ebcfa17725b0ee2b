# The bot's own words in Portuguese (Brazil) (Português do Brasil). en-US.ftl is the reference: every key there is here.
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

error-cooldown = Calma: você poderá usar este comando de novo em { $seconds } s.
error-user-permission = Você precisa da permissão { $permissions } para usar este comando.
error-bot-permission = Preciso da permissão { $permissions } neste canal. Peça a quem gerencia o servidor.
error-server-only = Este comando só funciona em um servidor, não em mensagens diretas.
error-check-failed = Você não pode usar este comando aqui.
error-command-gone = Esse comando não existe mais. O Discord talvez ainda esteja atualizando a lista de comandos: tente de novo daqui a pouco.
error-command-changed = Este comando mudou desde a última vez que o Discord o recebeu. Tente de novo em um minuto.
error-invalid-value = Esse valor não é válido aqui: { $value }
error-unavailable-member = Esse membro não está (mais) neste servidor, ou não consigo vê-lo.
error-unavailable-channel = Não consigo ver esse canal, ou ele não é do tipo que esta opção aceita.
error-unavailable-role = Esse cargo não está (mais) neste servidor.
error-unavailable-mentionable = Não encontro esse membro nem esse cargo neste servidor.
error-database-gone = Vou parar: o arquivo do meu banco de dados sumiu. Quem cuida do bot já sabe o motivo.
error-database-unreachable = Não consigo acessar meu banco de dados agora, então não posso responder. Tente de novo em um minuto.
error-database-busy = Estou salvando outra coisa: nada foi alterado. Tente de novo em alguns segundos.
error-unexpected = Algo deu errado do meu lado e foi registrado. Se continuar acontecendo, passe a quem cuida do bot a referência `{ $reference }`.

permission-manage-guild = Gerenciar servidor
permission-manage-messages = Gerenciar mensagens
permission-view-channel = Ver canal
permission-send-messages = Enviar mensagens
permission-embed-links = Inserir links
permission-read-message-history = Ver histórico de mensagens
permission-create-public-threads = Criar tópicos públicos
permission-send-messages-in-threads = Enviar mensagens em tópicos

option-private = Só você vê a resposta (para usar no servidor de outra pessoa)

card-sources-button = Fontes ({ $count })
card-disputed-button = Em disputa ({ $count })
card-sources-heading = Fontes
card-sources-note = Os números são as chamadas do cartão.
card-disputed-line = ⚠️ **{ $label }:** { $values }
card-disputed-heading = Onde as fontes discordam
card-section-note = Os números remetem às fontes: o botão Fontes lista todas.
card-part-gone = Essa parte do cartão não existe mais: use o comando de novo.
card-gone = Esse cartão é de uma versão anterior do bot ou dos dados: use o comando de novo.
card-empty-panel = Nada aqui.
card-source-read-it = ler
card-everything-else-buttons = Todo o resto: os botões abaixo.
card-everything-else-menu = Todo o resto: **Mais**, abaixo.
card-page = Página { $page } de { $pages }
card-previous = Anterior
card-next = Próxima
card-more = Mais
card-more-sections = Mais: { $sections }

## Catalogue: /album, /tracks, /track, /artist and their cards

command-album = A trilha sonora de I'm Here: lançamento, filme e fatos com suas fontes
command-tracks = As faixas do álbum em ordem, com artistas e notas de versão
command-track = O cartão de uma faixa: artistas, versões e o que as resenhas disseram
command-track-title = O título da faixa (ou parte dele, ou o número dela no álbum)
command-artist = O cartão de um artista: nomes, integrantes, faixas e o que as resenhas disseram
command-artist-name = O nome do artista, outro nome que ele use, ou o nome de um integrante da banda

# The cards. Fact labels, section names from the data, titles, names and quotes reach these
# messages as they are; { $marks }, { $placed } and { $counted } are superscript source marks (¹˒²):
# keep each right after the value it follows.
catalogue-fact = **{ $label }:** { $values }
catalogue-fact-disputed = ⚠️ **{ $label }** (as fontes discordam): { $values }
catalogue-more-facts = Mais fatos
catalogue-track-count =
    { $count ->
        [one] { $count } faixa
       *[other] { $count } faixas
    }
catalogue-album-lead = { $artist } · { $tracks } (/tracks lista todas)
catalogue-album-footer = ⚠️ as fontes discordam: **Em disputa** mostra cada valor com suas fontes
catalogue-tracks-title = { $album }: as faixas
catalogue-tracks-lead =
    { $count ->
        [one] { $count } faixa
       *[other] { $count } faixas
    }, como aparecem nas listagens
catalogue-tracks-footer = ⚠️ as fontes discordam sobre o crédito · as notas de uma faixa: **Mais**, abaixo, ou /track
catalogue-credited-as = Creditada a
catalogue-credited-as-disputed = Creditada a ⚠️ as fontes discordam
catalogue-version = Versão
catalogue-also-printed-as = Também aparece como
catalogue-original-release = Lançamento original
catalogue-track-place = Faixa { $position }{ $placed } de { $count }{ $counted }
catalogue-track-by = de { $credit }
catalogue-track-by-disputed = ⚠️ de quem é: as fontes discordam
catalogue-track-titled-by = título segundo { $sources }
catalogue-reviews = O que as resenhas disseram
catalogue-track-whole = Todos os créditos e notas
catalogue-from-album = “{ $title }” é de *{ $album }*.
catalogue-artist-from = De { $place }
catalogue-artist-tracks =
    { $count ->
        [one] Faixa
       *[other] Faixas
    } { $numbers } do álbum
catalogue-artist-no-tracks = Nenhuma faixa própria no álbum
catalogue-also-known-as = Outros nomes
catalogue-members = Integrantes
catalogue-members-disputed = Integrantes ⚠️ as fontes discordam sobre a formação
catalogue-also-named = Também citados
catalogue-on-this-album = Neste álbum
catalogue-facts = Fatos
catalogue-whos-who = Quem é quem
catalogue-artist-whole = O cartão inteiro
catalogue-person-about = { $person }: { $about }
catalogue-person-also = também { $names }
catalogue-person-see = veja /artist { $name }
catalogue-who-member = **{ $person }** é integrante de { $artist }{ $marks }.
catalogue-who-member-about = **{ $person }** é integrante de { $artist }{ $marks }: { $about }.
catalogue-who-named = **{ $person }** aparece no cartão de { $artist }{ $marks }.
catalogue-who-named-about = **{ $person }** aparece no cartão de { $artist }{ $marks }: { $about }.

# Refusals of /track and /artist: { $kind } is "track" or "artist"; { $query } is what was typed.
catalogue-matches-more = { $matches } (e mais { $count })
catalogue-ambiguous =
    “{ $query }” corresponde a mais de { $kind ->
        [track] uma faixa
       *[other] um artista
    }: { $matches }. Qual você quis dizer? Digite um pouco mais ou escolha uma opção da lista enquanto digita.
catalogue-near-miss =
    Não encontrei { $kind ->
        [track] nenhuma faixa chamada
       *[other] nenhum artista chamado
    } “{ $query }”. Você quis dizer { $matches }?
catalogue-not-found =
    Não encontrei { $kind ->
        [track] nenhuma faixa chamada
       *[other] nenhum artista chamado
    } “{ $query }”. Escolha uma opção da lista enquanto digita ou { $kind ->
        [track] veja todas com /tracks
       *[other] deixe a opção vazia para ver todos
    }.

# Shared by every card that cites (bot/ui/citations.py): an inferred value, and how a list joins.
card-inferred = { $value } (deduzido)
card-read-from = { $value } — a partir de { $sources }
list-comma = { $first }, { $next }
list-and = { $first } e { $next }
list-or = { $first } ou { $next }

# Shared by every embed card (bot/ui/embeds.py): what was left out to fit Discord.
card-continued = { $name } (continuação)
card-left-out =
    { $count ->
        [one] { $count } seção omitida
       *[other] { $count } seções omitidas
    } para caber no Discord
card-and-more =
    … e mais { $count } { $noun ->
        [players] { $count ->
            [one] jogador
           *[other] jogadores
        }
        [posts] { $count ->
            [one] publicação
           *[other] publicações
        }
        [commands] { $count ->
            [one] comando
           *[other] comandos
        }
        [sources] { $count ->
            [one] fonte
           *[other] fontes
        }
        [people] { $count ->
            [one] pessoa
           *[other] pessoas
        }
        [tracks] { $count ->
            [one] faixa
           *[other] faixas
        }
       *[lines] { $count ->
            [one] linha
           *[other] linhas
        }
    }

## Quotes: /quote and quote cards

command-quote = O que a crítica escreveu sobre o álbum
command-quote-random = Uma citação de resenha ao acaso, se quiser sobre uma faixa ou um artista
command-quote-random-track = Só citações sobre esta faixa
command-quote-random-artist = Só citações sobre este artista
command-quote-random-source = Só citações desta publicação
command-quote-today = A citação do dia deste servidor, a mesma para todos hoje
command-quote-search = Procurar palavras nas citações das resenhas
command-quote-search-text = As palavras a procurar, por exemplo: robot love

quotes-title = O que a crítica disse
quotes-about = Sobre
quotes-one-of =
    { $count ->
        [one] A única citação
       *[other] Uma de { $count } citações
    }
quotes-one-of-matching =
    { $count ->
        [one] A única citação correspondente
       *[other] Uma de { $count } citações correspondentes
    }
quotes-and = { $first } e { $second }
quotes-or = { $first } ou { $second }
quotes-no-such-source = Não há citações dessa fonte. As resenhas citadas são de { $publications }.
quotes-filter-about = sobre **{ $name }**
quotes-filter-from = publicada em **{ $publication }**
quotes-nothing-matches = Não há nenhuma citação de resenha { $filters }. Tente usar menos filtros: `/quote random` sozinho escolhe entre todas as citações.
quotes-today-title = Citação do dia
quotes-today-footer = Citação do dia · { $day }
quotes-today-in-a-server = A citação do dia é de cada servidor: use este comando em um servidor.
quotes-today-not-running = A citação do dia não está ativada neste bot. Tente `/quote random`.
quotes-today-gone = A citação de hoje não está mais nos dados. Tente `/quote random`.
quotes-search-empty = Digite algumas palavras para buscar (em inglês, como as citações), por exemplo `robot` ou `love songs`.
quotes-too-common-word = “{ $text }” é uma palavra comum demais para buscar. Tente outra palavra (em inglês, como as citações), por exemplo `robot` ou `love`.
quotes-too-common-words = “{ $text }” só tem palavras comuns demais para buscar. Tente outra palavra (em inglês, como as citações), por exemplo `robot` ou `love`.
quotes-search-nothing = Nenhuma citação de resenha menciona “{ $text }”. Tente outras palavras, ou `/quote random` para uma citação qualquer.
quotes-search-best = Melhores resultados para “{ $text }”.
quotes-search-partial = Nenhuma citação tem todas as palavras de “{ $text }”; estas têm algumas delas.

## Quote of the day: /qotd, the daily post and its question

command-qotd = Postar uma citação de resenha todo dia (para quem gerencia o servidor)
command-qotd-set = Postar a citação do dia em um canal, em um horário local
command-qotd-set-channel = Onde postar
command-qotd-set-time = Horário local, como 9am, 9:30 pm ou 21:30 (padrão 09:00)
command-qotd-set-timezone = Uma cidade ou fuso horário, como São Paulo, New York ou America/Sao_Paulo (padrão UTC)
command-qotd-set-role = Um cargo a mencionar em cada post (opcional)
command-qotd-set-question = Adicionar uma pergunta de quiz com botões (padrão: sim)
command-qotd-set-days = Quais dias: weekdays, weekends, every day ou mon,wed,fri (padrão: todos)
command-qotd-set-thread = Abrir um tópico público em cada post para conversar (padrão: não)
command-qotd-off = Parar de postar a citação do dia
command-qotd-status = Onde e quando a citação do dia é postada, e como foi
command-qotd-preview = Ver, em particular, a citação que será postada a seguir
command-qotd-post = Postar agora a citação de hoje, se ainda não saiu
command-qotd-history = Os 10 últimos posts diários, e como foram as perguntas

daily-title = Citação do dia
daily-days-every-day = todos os dias
daily-days-weekdays = de segunda a sexta
daily-days-weekends = nos fins de semana
daily-days-one = uma vez por semana ({ $day })
daily-days-several = nos dias { $days } e { $last }
daily-days-separator = { ", " }
daily-at-zone = { $time } ({ $zone })
daily-at-fixed = { $time } { $offset } (sem horário de verão)
daily-at-fixed-named = { $time } { $offset } ({ $abbreviation }, sem horário de verão)
daily-zone-read-as = “{ $typed }” entendido como { $zone }.
daily-zone-fixed-note = { $abbreviation } é { $offset } o ano todo. Para acompanhar o horário de { $city } ao longo do ano, com horário de verão, use { $zone }.
daily-zone-choice-abbreviation = { $zone } ({ $offset } o ano todo, sem horário de verão)
daily-zone-choice-fixed = { $zone } ({ $offset }, sem horário de verão)
daily-error-time = Não consigo ler “{ $typed }” como horário. Tente 9, 9am, 9:30 pm ou 21:30.
daily-error-zone-several = “{ $typed }” tem vários fusos horários ({ $zones } e outros). Digite uma cidade, como Chicago ou Sydney, ou um fuso, como America/Chicago.
daily-error-zone-unknown = “{ $typed }” não é um fuso horário nem um lugar que eu conheça. Digite uma cidade (Paris, New York, Tokyo) ou escolha um fuso na lista enquanto digita, como Europe/Paris.
daily-error-days-empty = Diga quais dias: weekdays (de segunda a sexta), weekends (fins de semana), every day (todos os dias) ou dias como mon,wed,fri.
daily-error-days-word = { $word } não é um dia. Use weekdays (de segunda a sexta), weekends (fins de semana), every day (todos os dias) ou dias como mon,wed,fri.
daily-error-everyone = Não é permitido mencionar @everyone. Escolha um cargo ou deixe `role` de fora.
daily-error-role-unmentionable = { $role } não pode ser mencionado, e você não pode mencioná-lo (isso exige a permissão Mencionar @everyone, @here e todos os cargos), então não vou mencioná-lo por você todo dia. Torne o cargo mencionável (Configurações do servidor > Cargos), peça a alguém que possa mencioná-lo para escolhê-lo ou deixe `role` de fora.
daily-error-cannot-post = Não consigo postar em { $channel }: preciso de { $permissions } lá. Conceda essa permissão ou escolha outro canal.
daily-error-cannot-thread = Não consigo postar em { $channel }: preciso de { $permissions } lá (o tópico de cada post precisa disso). Conceda essa permissão ou escolha outro canal. Ou deixe `thread` desativado.
daily-error-cannot-post-or-thread = Não consigo postar em { $channel }: preciso de { $permissions } lá. Conceda essas permissões ou escolha outro canal. Ou deixe `thread` desativado.
daily-set-done = A citação do dia será postada em { $channel } { $days } às { $time }.
daily-set-next = Próximo post: { $when }.
daily-set-gap = Isso é { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } depois do último post: um novo horário ou fuso nunca adianta o próximo post.
daily-set-question = Cada post faz uma pergunta de trivia; o próximo post revela a resposta.
daily-set-no-question = Os posts não trazem pergunta (`question:True` adiciona uma).
daily-set-thread = Cada post abre um tópico público com o nome da sua citação.
daily-set-pings = Cada post menciona { $role }.
daily-set-role-silent = Esse cargo não é mencionável, então a menção não vai notificar ninguém: torne-o mencionável (Configurações do servidor > Cargos) ou me dê a permissão Mencionar @everyone, @here e todos os cargos nesse canal.
daily-off-already = O post diário já está desativado. Ative com `/qotd set`.
daily-off-done = A citação do dia foi desativada. `/qotd set` ativa de novo.
daily-preview-gone = A próxima citação não está mais nos dados; ela será substituída.
daily-preview-title = Próxima citação do dia ({ $date })
daily-preview-footer = Só você vê esta prévia
daily-post-off = O post diário está desativado. Ative com `/qotd set` e depois poste.
daily-post-already-out = A citação do dia de hoje já foi postada: [ver o post]({ $url }).
daily-post-failed-today = O post de hoje falhou: { $reason } Depois que isso for resolvido, o próximo post sai no horário previsto.
daily-post-see-status = veja /qotd status
daily-post-see-status-end = veja /qotd status.
daily-post-still-yesterday = Ainda é { $today } em { $zone }, e o último post é de { $latest }: o de hoje já saiu.
daily-post-next-comes = O próximo sai { $when }.
daily-post-done = Citação do dia de hoje postada: { $url }
daily-post-went-out = A citação do dia de hoje já tinha saído: { $url }
daily-post-on-its-way = O post de hoje está saindo agora; ele estará no canal em instantes.
daily-post-could-not = Não consegui postar: { $reason }
daily-status-off = O post diário está desativado. Ative com `/qotd set channel:#canal`.
daily-status-posting = Postando em { $channel } { $days } às { $time }.
daily-status-each-post = Cada post
daily-status-with = { $question ->
        [yes] Com uma pergunta de trivia
       *[no] Sem pergunta
    }{ $thread ->
        [yes] { " " }e um tópico
        [refused] { " " }e um tópico (recusado: veja abaixo)
       *[no] { "" }
    }
daily-status-pings = Menções
daily-status-paused = Pausado
daily-status-paused-text = Os últimos { $count } posts falharam seguidos, então o post diário está pausado. Resolva o problema abaixo e use `/qotd set` de novo para retomar.
daily-status-next = Próximo post
daily-status-last = Último post
daily-status-last-link = { $when } · [ver o post]({ $url })
daily-status-thread-refused = Tópico recusado
daily-status-dated = { $date }: { $reason }
daily-status-not-posted = Não postado
daily-status-missed = { $date }: { $reason } Continuou falhando o dia inteiro do lado do Discord, então não conta como falha deste servidor.
daily-status-last-failure = Última falha
daily-status-failures = Falhas seguidas
daily-rate-no-question = sem pergunta
daily-rate-none-yet = nenhuma resposta ainda
daily-rate-so-far = { $answers ->
        [one] { $answers } resposta
       *[other] { $answers } respostas
    } até agora, a resposta certa vem com o próximo post
daily-rate-none = nenhuma resposta
daily-rate = { $right } de { $answers ->
        [one] { $answers } resposta certa
       *[other] { $answers } respostas certas
    } ({ NUMBER($ratio, style: "percent") })
daily-history-title = Citação do dia: { $count ->
        [one] o último post
       *[other] os últimos { $count } posts
    }
daily-history-gone = (uma citação que não está mais nos dados)
daily-history-jump = [ver]({ $url })
daily-history-empty = Nada postado ainda. `/qotd set` ativa o post diário.
daily-question-title = Pergunta do dia
daily-question-closed = { $title } · encerrada
daily-question-footer = Pergunta do dia · { $date } · uma resposta por pessoa, em privado; a resposta certa vem com o próximo post
daily-question-answered-footer = Pergunta do dia · { $date } · respondida no post seguinte
daily-right-answer = Resposta certa
daily-answers = Respostas
daily-tally-nobody = Ninguém respondeu.
daily-tally = { $right } de { $players ->
        [one] { $players } jogador
       *[other] { $players } jogadores
    } { $right ->
        [one] acertou
       *[other] acertaram
    }.
daily-reveal-title = A resposta da pergunta de { $date }
daily-reveal-streaks = Maiores sequências em andamento
daily-reveal-streak = { $name }: { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
daily-reveal-why = Por quê
daily-answer-gone = Esta pergunta não está mais nos dados do bot, então não pode ser respondida.
daily-answer-stored = Resposta registrada: **{ $option }**. A resposta certa vem com o próximo post.
daily-answer-again = Você já respondeu esta: **{ $option }**. Uma resposta por pessoa.
daily-answer-closed = As respostas a esta pergunta estão encerradas: a resposta era { $answer }. { $tally }
daily-stats-streak = Sequência diária: { $current ->
        [one] { $current } dia
       *[other] { $current } dias
    } agora, recorde de { $best ->
        [one] { $best } dia
       *[other] { $best } dias
    }
daily-thread-reason = Conversa sobre a citação do dia
daily-thread-forbidden = Não tenho permissão para abrir um tópico em { $channel }: me dê Criar tópicos públicos lá ou desative os tópicos com `/qotd set thread:False`.
daily-thread-refused = O Discord recusou o tópico: { $reason }
daily-fail-channel-unseen = O canal foi excluído ou não consigo mais vê-lo. Escolha outro com /qotd set.
daily-fail-quote-gone = A citação escolhida não está mais no pacote de dados.
daily-fail-timeout = O Discord não respondeu a tempo.
daily-fail-forbidden = Não tenho permissão para postar em { $channel }: me dê Ver canal, Enviar mensagens e Inserir links lá ou escolha outro canal com /qotd set.
daily-fail-channel-deleted = O canal foi excluído. Escolha outro com /qotd set.
daily-fail-rate-limited = O Discord estava limitando a taxa de envio do bot.
daily-fail-discord-error = O Discord teve um erro de servidor ({ $status }).
daily-fail-refused = O Discord recusou o post: { $reason }

## Trivia: /trivia, games, leaderboards and stats

command-trivia = Quiz da trilha sonora que o canal inteiro joga junto
command-trivia-start = Começar um quiz neste canal
command-trivia-start-questions = Quantas perguntas (de 1 a 20, padrão 5)
command-trivia-start-category = Só perguntas sobre isto (padrão: tudo)
command-trivia-start-difficulty = Só perguntas desta dificuldade (padrão: qualquer)
command-trivia-stop = Parar o quiz deste canal (quem começou, ou Gerenciar mensagens)
command-trivia-leaderboard = Os dez melhores jogadores do quiz, e a sua posição
command-trivia-leaderboard-scope = Este servidor ou todo mundo (padrão: este servidor)
command-trivia-leaderboard-sort = Pelo que ordenar
command-trivia-leaderboard-season = Este mês, de todos os tempos, ou o pódio do mês passado (padrão: este mês)
command-trivia-stats = As estatísticas de quiz de um jogador neste servidor
command-trivia-stats-member = De quem (padrão: você)

# The leaderboard's choices, as the command picker lists them
trivia-season-current = Esta temporada (este mês)
trivia-season-all = De todos os tempos
trivia-season-previous = Temporada anterior: seu hall da fama
trivia-scope-server = Este servidor
trivia-scope-global = Todo mundo
trivia-sort-points = Pontos
trivia-sort-accuracy = Precisão
trivia-sort-games = Partidas jogadas

# Categories and difficulties as the picker and the messages show them
trivia-category-tracks = Faixas
trivia-category-artists = Artistas
trivia-category-reviews = Resenhas
trivia-category-album = Álbum e filme
trivia-difficulty-easy = Fácil
trivia-difficulty-medium = Média
trivia-difficulty-hard = Difícil

# /trivia start and the answer buttons
trivia-start = **Quiz!** { $questions ->
        [one] { $questions } pergunta
       *[other] { $questions } perguntas
    }, { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } cada, iniciado por { $starter }. Qualquer pessoa aqui pode jogar: escolha uma resposta com os botões. Acertos mais rápidos valem mais pontos.
trivia-start-short = **Quiz!** { $questions ->
        [one] { $questions } pergunta
       *[other] { $questions } perguntas
    } ({ $note }), { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } cada, iniciado por { $starter }. Qualquer pessoa aqui pode jogar: escolha uma resposta com os botões. Acertos mais rápidos valem mais pontos.
# Why a game has fewer questions than asked: "(only 3 left that this server hasn't seen)"
trivia-short-unseen =
    { $count ->
        [one] só resta { $count } que este servidor ainda não viu
       *[other] só restam { $count } que este servidor ainda não viu
    }
# $holder is a category's name, or trivia-the-bank: "Reviews has 6 easy questions"
trivia-the-bank = O banco de perguntas
trivia-pool =
    { $holder }: { $count } { $difficulty ->
        [easy] { $count ->
            [one] pergunta fácil
           *[other] perguntas fáceis
        }
        [medium] { $count ->
            [one] pergunta média
           *[other] perguntas médias
        }
        [hard] { $count ->
            [one] pergunta difícil
           *[other] perguntas difíceis
        }
       *[any] { $count ->
            [one] pergunta
           *[other] perguntas
        }
    }
trivia-pool-shared = { $pool }, e só { $got } cabem numa mesma partida (nunca duas sobre o mesmo fato)
trivia-text-channel-only = O quiz só pode ser jogado em um canal de texto.
trivia-already-running = Já tem um quiz em andamento neste canal.
trivia-already-running-link = Já tem um quiz em andamento neste canal: [ir até ele]({ $link }).
trivia-unknown-category = Não existe categoria de quiz com esse nome. Escolha uma destas: { $names }.
trivia-unknown-difficulty = Não existe dificuldade de quiz com esse nome. Escolha uma destas: { $names }.
trivia-none-match = Nenhuma pergunta corresponde a essa categoria e dificuldade.
trivia-all-seen = Este servidor já viu todas as perguntas correspondentes. As perguntas voltam depois que o servidor vê o banco inteiro: tente outra categoria ou dificuldade, ou nenhuma.
trivia-play-again = Jogar de novo
trivia-play-again-stale = Este botão Jogar de novo está desatualizado: comece um quiz com /trivia start.
trivia-closed = Esta pergunta já foi encerrada.
trivia-already-answered = Você já registrou uma resposta para esta pergunta.
trivia-locked-in = 🔒 Resposta registrada: **{ $option }**. A resposta certa aparece quando a pergunta for encerrada.

# A question, its reveal and a game's end
trivia-question-title =
    Pergunta { $number } de { $count } · { $category } · { $difficulty ->
        [easy] fácil
        [medium] média
       *[hard] difícil
    }
trivia-question-footer = Qualquer pessoa aqui pode jogar: uma resposta cada. As escolhas ficam ocultas até a revelação.
trivia-time = Tempo
trivia-closes = Encerra { $when }
trivia-closes-answered =
    Encerra { $when } · { $answered ->
        [one] { $answered } respondeu
       *[other] { $answered } responderam
    }
trivia-seconds = { $seconds } s
trivia-percent = { $percent }%
trivia-picks =
    { $count ->
        [one] { $count } escolha
       *[other] { $count } escolhas
    }
trivia-closed-title = { $title } · encerrada
trivia-right-answer = Resposta certa
trivia-who-got-it = Quem acertou
trivia-nobody-right = Ninguém desta vez.
trivia-right-line = { $player } +{ $points } em { $time }
trivia-right-line-streak = { $player } +{ $points } em { $time } 🔥 { $streak } seguidas
trivia-answers = Respostas
trivia-answers-line =
    { $count ->
        [one] { $count } resposta
       *[other] { $count } respostas
    }: { $right ->
        [one] { $right } certa
       *[other] { $right } certas
    }, { $wrong ->
        [one] { $wrong } errada
       *[other] { $wrong } erradas
    } (resposta errada não vale pontos)
trivia-why = Por quê
trivia-top-three = Os três primeiros
trivia-next-question = Próxima pergunta
trivia-podium = Pódio
trivia-everyone-else = Todos os outros
trivia-no-points = Sem pontos nesta partida
trivia-nobody-scored = Ninguém fez nenhum ponto.
trivia-nobody-answered = Ninguém respondeu.
trivia-standing =
    { $player } — **{ $points }** { $points ->
        [one] ponto
       *[other] pontos
    } · { $right }/{ $answered } certas
trivia-standing-fastest =
    { $player } — **{ $points }** { $points ->
        [one] ponto
       *[other] pontos
    } · { $right }/{ $answered } certas · mais rápida em { $time }
trivia-no-points-line = { $player } — { $right }/{ $answered } certas
trivia-game-over = Quiz: fim de jogo
trivia-thanks = Obrigado por jogar!

# /trivia stop, and a game a restart cut off
trivia-no-game = Não há nenhum quiz em andamento neste canal.
trivia-may-not-stop = Só quem começou este quiz, ou alguém com a permissão Gerenciar mensagens, pode pará-lo.
trivia-stopped = Quiz encerrado
trivia-stopped-by = Encerrado por { $name }.
trivia-cut-off = Quiz: partida interrompida
trivia-cut-off-note = Esta partida parou na pergunta { $number } de { $count } quando o bot reiniciou. Todas as respostas dadas até então estão guardadas, e os pontos valem.

# /trivia leaderboard: $where is the server's name or trivia-everyone; $season a month, "January 2026"
trivia-everyone = todo mundo
trivia-this-server = este servidor
trivia-leaderboard-title =
    Ranking do quiz: { $where }, por { $sort ->
        [accuracy] precisão
        [games] partidas
       *[points] pontos
    }
trivia-board-line =
    `#{ $rank }` { $player } — **{ $points }** { $points ->
        [one] ponto
       *[other] pontos
    } · { $percent } de acertos ({ $right }/{ $answers }) · { $games ->
        [one] { $games } partida
       *[other] { $games } partidas
    }
trivia-nobody-yet = Ninguém jogou ainda. Comece um quiz com /trivia start.
trivia-nobody-yet-season = Ninguém jogou ainda nesta temporada. Comece um quiz com /trivia start.
trivia-your-rank = Sua posição
trivia-your-rank-line =
    De { $players ->
        [one] { $players } jogador
       *[other] { $players } jogadores
    }: { $line }
trivia-not-ranked = Você ainda não respondeu nenhuma pergunta aqui.
trivia-not-ranked-season = Você ainda não respondeu nenhuma pergunta aqui nesta temporada.
trivia-season = Temporada
# `season: …` names the leaderboard's option and its choice as the picker shows them
trivia-season-all-note = De todos os tempos. Os três primeiros da temporada passada: `season: Temporada anterior`.
trivia-season-note = { $season } ({ $zone }), termina { $when }; os três primeiros vão para o hall da fama. Todas as temporadas juntas: `season: De todos os tempos`.
trivia-zone-utc = UTC
trivia-zone = fuso horário { $zone }
trivia-hall-title = Hall da fama do quiz: { $where }, { $season }
trivia-hall-line =
    { $medal } { $player } — **{ $points }** { $points ->
        [one] ponto
       *[other] pontos
    } · { $right }/{ $answers } certas · { $games ->
        [one] { $games } partida
       *[other] { $games } partidas
    }
trivia-hall-empty = Ninguém fez nenhum ponto em { $season }.

# /trivia stats
trivia-stats-title = Estatísticas de quiz: { $name }
trivia-stats-footer =
    Em todo lugar: { $points ->
        [one] { $points } ponto
       *[other] { $points } pontos
    } em { $games ->
        [one] { $games } partida
       *[other] { $games } partidas
    }
trivia-stats-here = Este servidor
trivia-stats-no-answers = Nenhuma resposta ainda.
trivia-stats-games = Partidas
trivia-stats-accuracy = Precisão
trivia-stats-accuracy-value =
    { $percent } ({ $right ->
        [one] { $right } certa
       *[other] { $right } certas
    })
trivia-stats-points = Pontos
trivia-stats-best-streak = Melhor sequência
trivia-stats-fastest = Acerto mais rápido
trivia-stats-fastest-none = nenhum ainda
trivia-streak-none = ainda sem dois acertos seguidos
trivia-streak = { $count } acertos seguidos

trivia-true = Verdadeiro
trivia-false = Falso

## Trivia questions (1): the album, its tracks and releases, the timeline and the reviews' sayings
# A generated question's prompt (…-q) and explanation (…-why), filled with data exactly as the sources
# wrote it. English shows the question as the generator words it; these words must say the same.

trivia-q-date =
    { $day ->
        [1] 1º
       *[other] { $day }
    } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    }
trivia-q-album-label = Qual gravadora lançou *{ $album }*?
trivia-q-album-label-why = *{ $album }* saiu pela gravadora { $label }.
trivia-q-album-release-date = Que data de lançamento a imprensa anunciou para *{ $album }*?
trivia-q-album-release-date-why =
    A imprensa anunciou o lançamento de *{ $album }* para { $day ->
        [1] 1º
       *[other] { $day }
    } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    }.
trivia-q-album-director = Quem escreveu e dirigiu o filme *{ $film }*?
trivia-q-album-director-why = { $director } escreveu e dirigiu *{ $film }*.
trivia-q-album-director-why-year = { $director } escreveu e dirigiu *{ $film }*, lançado em { $year }.
trivia-q-album-year = Em que ano o filme *{ $film }* foi lançado?
trivia-q-album-year-why = *{ $film }* foi lançado em { $year }.
trivia-q-album-year-why-director = *{ $film }*, de { $director }, foi lançado em { $year }.
trivia-q-album-track-count = Quantas faixas tem *{ $album }*?
trivia-q-album-track-count-why = *{ $album }* tem { $count ->
        [one] { $count } faixa
       *[other] { $count } faixas
    }.
trivia-q-performer = Quem interpreta “{ $title }” em *{ $album }*?
trivia-q-true-false =
    Verdadeiro ou falso: “{ $title }”, de *{ $album }*, é { $band ->
        [yes] da banda { $artist }
       *[no] de { $artist }
    }.
trivia-q-track-by-artist = Qual destas faixas de *{ $album }* é de { $artist }?
trivia-q-credit-why =
    { $claims ->
        [0] “{ $title }” é creditada a { $performers }.
       *[1] Sobre “{ $title }”, { $count1 ->
            [1] { $last1 } escreve
           *[other] { $first1 } e { $last1 } escrevem
        } “{ $text1 }”.
        [2] Sobre “{ $title }”, { $count1 ->
            [1] { $last1 } escreve
           *[other] { $first1 } e { $last1 } escrevem
        } “{ $text1 }”; { $count2 ->
            [1] { $last2 } escreve
           *[other] { $first2 } e { $last2 } escrevem
        } “{ $text2 }”.
        [3] Sobre “{ $title }”, { $count1 ->
            [1] { $last1 } escreve
           *[other] { $first1 } e { $last1 } escrevem
        } “{ $text1 }”; { $count2 ->
            [1] { $last2 } escreve
           *[other] { $first2 } e { $last2 } escrevem
        } “{ $text2 }”; { $count3 ->
            [1] { $last3 } escreve
           *[other] { $first3 } e { $last3 } escrevem
        } “{ $text3 }”.
    }
trivia-q-position = Qual é o número de “{ $title }” na lista de faixas de *{ $album }*?
trivia-q-track-at-position = Qual faixa é a número { $position } de *{ $album }*?
trivia-q-position-why =
    “{ $title }” é a faixa { $position }{ $counted ->
        [yes] { " " }das { $count } do álbum
       *[no] { "" }
    }{ $first ->
        [yes] , a que abre o disco
       *[no] , logo depois de “{ $before }”
    }.
trivia-q-running-order =
    Coloque estas quatro faixas na ordem em que aparecem em *{ $album }*, da primeira à última:
    { "**1.**" } “{ $title1 }”
    { "**2.**" } “{ $title2 }”
    { "**3.**" } “{ $title3 }”
    { "**4.**" } “{ $title4 }”
trivia-q-running-order-why = No álbum, a ordem é: “{ $title1 }” ({ $position1 }), “{ $title2 }” ({ $position2 }), “{ $title3 }” ({ $position3 }) e “{ $title4 }” ({ $position4 }).
trivia-q-two-versions = Qual música aparece em duas versões em *{ $album }*?
trivia-q-two-versions-why = “{ $version }” é outra versão de “{ $title }”.
trivia-q-two-versions-why-again = “{ $title }” aparece de novo como “{ $version }”.
trivia-q-original-album = Antes desta trilha sonora, “{ $title }” saiu em qual álbum de { $artist }?
trivia-q-original-year = Em que ano saiu *{ $album }*, o álbum de { $artist } com “{ $title }”?
trivia-q-original-label = Qual gravadora lançou *{ $album }*, o álbum de { $artist } com “{ $title }”?
trivia-q-original-why =
    “{ $title }” saiu em *{ $album }*, de { $artist } ({ $labelled ->
        [yes] { $label },{ " " }
       *[no] { "" }
    }{ $year }{ $noted ->
        [yes] ;{ " " }{ $note }
       *[no] { "" }
    }).
trivia-q-original-why-plain = “{ $title }” saiu em *{ $album }*, de { $artist }.
trivia-q-which-came-first =
    Qual destes álbuns saiu { $which ->
       *[first] primeiro
        [last] por último
    }?
trivia-q-which-came-first-why =
    { $count ->
       *[3] *{ $album1 }* (com “{ $title1 }”) saiu em { $year1 }, *{ $album2 }* (com “{ $title2 }”) em { $year2 } e *{ $album3 }* (com “{ $title3 }”) em { $year3 }.
        [4] *{ $album1 }* (com “{ $title1 }”) saiu em { $year1 }, *{ $album2 }* (com “{ $title2 }”) em { $year2 }, *{ $album3 }* (com “{ $title3 }”) em { $year3 } e *{ $album4 }* (com “{ $title4 }”) em { $year4 }.
    }
trivia-q-said-by =
    Qual publicação escreveu isto?
    > { $phrase }
trivia-q-said-by-why-album =
    { $site ->
        [yes] O site { $publication }
       *[no] { $publication }
    } escreveu isto sobre { $part ->
        [film] o filme
        [label] a gravadora
       *[album] o álbum
    } ({ $fact }).
trivia-q-said-by-why-origin =
    { $site ->
        [yes] O site { $publication }
       *[no] { $publication }
    } escreveu isto sobre a origem { $of ->
        [yes] da banda { $name }
       *[no] de { $name }
    }.
trivia-q-said-by-why-aliases =
    { $site ->
        [yes] O site { $publication }
       *[no] { $publication }
    } escreveu isto sobre outros nomes { $of ->
        [yes] da banda { $name }
       *[no] de { $name }
    }.
trivia-q-said-by-why-members =
    { $site ->
        [yes] O site { $publication }
       *[no] { $publication }
    } escreveu isto sobre os integrantes { $of ->
        [yes] da banda { $name }
       *[no] de { $name }
    }.
trivia-q-said-by-why-member =
    { $site ->
        [yes] O site { $publication }
       *[no] { $publication }
    } escreveu isto sobre { $member }, { $of ->
        [yes] da banda { $name }
       *[no] de { $name }
    }.
trivia-q-said-by-why-artist =
    { $site ->
        [yes] O site { $publication }
       *[no] { $publication }
    } escreveu isto sobre { $of ->
        [yes] a banda { $name }
       *[no] { $name }
    } ({ $detail }).
trivia-q-said-by-why-track =
    { $site ->
        [yes] O site { $publication }
       *[no] { $publication }
    } escreveu isto sobre a faixa { $position }, “{ $title }”.
trivia-q-said-by-why-track-credit =
    { $site ->
        [yes] O site { $publication }
       *[no] { $publication }
    } escreveu isto sobre quem fez a faixa { $position }, “{ $title }”.
trivia-q-said-by-why-track-title =
    { $site ->
        [yes] O site { $publication }
       *[no] { $publication }
    } escreveu isto sobre o título da faixa { $position }, “{ $title }”.
trivia-q-said-by-why-track-original =
    { $site ->
        [yes] O site { $publication }
       *[no] { $publication }
    } escreveu isto sobre onde a faixa { $position }, “{ $title }”, saiu pela primeira vez.
trivia-q-quote-word =
    Que palavra preenche a lacuna nesta citação de { $publication }?
    > { $quote }
trivia-q-quote-word-why = A palavra é “{ $word }”: { $publication } escreveu isso na crítica da trilha sonora.


## Trivia questions (2): artists, places, names, reviews and quotes
# $artist, $band (yes: a band), $lowercase, $of; a line-up is $members (all but the last, comma-separated),
# $last and $count; songs are $song1 … $song4 and $songs (how many); $based (yes: "based in").
trivia-q-band-member = Quem faz parte da banda { $artist }?
trivia-q-member-band = Em qual banda do álbum { $person } toca?
trivia-q-line-up =
    { $count ->
        [1] { $last } faz parte da banda { $artist }.
       *[other] A banda { $artist } é formada por { $members } e { $last }.
    }
trivia-q-odd-member = Qual é o intruso? Quem não faz parte da banda { $artist }?
trivia-q-odd-member-why = { $outsider } faz parte da banda { $other }. { $count ->
        [1] { $last } faz parte da banda { $artist }.
       *[other] A banda { $artist } é formada por { $members } e { $last }.
    }
trivia-q-odd-member-why-not = { $outsider } não faz parte da banda { $artist }. { $count ->
        [1] { $last } faz parte da banda { $artist }.
       *[other] A banda { $artist } é formada por { $members } e { $last }.
    }
trivia-q-origin =
    { $based ->
        [yes] { $band ->
            [yes] Onde fica a base da banda { $artist }?
           *[no] Onde fica a base de { $artist }?
        }
       *[no] { $band ->
            [yes] De onde é a banda { $artist }?
           *[no] De onde é { $artist }?
        }
    }
trivia-q-artist-from =
    { $band ->
        [yes] Qual destas bandas
       *[no] Qual destes artistas
    } { $based ->
        [yes] tem base em { $home }?
       *[no] é de { $home }?
    }
trivia-q-origin-why =
    { $band ->
        [yes] A banda { $artist }
       *[no] { $artist }
    } { $based ->
        [yes] tem base em
       *[no] é de
    } { $home }.{ $songs ->
        [0] { "" }
       *[other] { " " }No álbum, { $band ->
            [yes] a banda
           *[no] { $artist }
        } toca { $songs ->
                [1] “{ $song1 }”
                [2] “{ $song1 }” e “{ $song2 }”
                [3] “{ $song1 }”, “{ $song2 }” e “{ $song3 }”
               *[other] “{ $song1 }”, “{ $song2 }”, “{ $song3 }” e “{ $song4 }”
            }.
    }
trivia-q-origin-true-false =
    Verdadeiro ou falso: { $band ->
        [yes] a banda { $artist }
       *[no] { $artist }
    } { $based ->
        [yes] tem base em
       *[no] é de
    } { $place }.
trivia-q-origin-true-false-why =
    { $true ->
        [yes] Verdadeiro
       *[no] Falso
    }: { $band ->
        [yes] a banda { $artist }
       *[no] { $artist }
    } { $based ->
        [yes] tem base em
       *[no] é de
    } { $home }.
trivia-q-label-released = Qual destes álbuns saiu pelo selo { $label }?
trivia-q-label-released-why = O selo { $label } lançou *{ $album }*, de { $artist }, que traz “{ $title }”.
trivia-q-other-name =
    { $born ->
        [yes] Com que nome { $name } nasceu?
       *[no] Que outro nome { $name } usa?
    }
trivia-q-who-is-named =
    { $born ->
        [yes] Quem nasceu com o nome { $other }?
       *[no] Quem também usa o nome { $other }?
    }
trivia-q-other-name-why =
    { $born ->
        [yes] { $name } nasceu com o nome { $other }.
       *[no] { $name } também usa o nome { $other }.
    }
trivia-q-quote-describes =
    Qual faixa { $publication } está descrevendo aqui?
    > { $quote }
trivia-q-quote-gap =
    Qual título de faixa está faltando nesta citação de uma crítica?
    > { $quote }
trivia-q-quote-track-why = { $publication } escreveu isto sobre a faixa { $position }, “{ $title }”.
trivia-q-quote-versions-why = { $publication } escreveu isto sobre “{ $title }”, nas duas versões do álbum (faixas { $first } e { $second }).
trivia-q-quote-source =
    Qual publicação escreveu isto?
    > { $quote }
trivia-q-quote-source-why = { $publication } escreveu isto em sua crítica da trilha sonora.


## About, help and privacy: /about, /help, /privacy

about-title = Sobre o bot de { $title }
about-lead = Um bot para fãs deste álbum: as faixas, os artistas, o que a crítica disse e quizzes.
about-what-it-does = O que ele faz
about-help-lists = `/help` lista todos os comandos.
about-where-from = De onde vêm os dados
about-data-pack = As { $tracks } faixas, seus artistas e os fatos do lançamento e do filme vêm de um pacote de dados que qualquer pessoa pode ler e editar.
about-gathered-from = Reunidos a partir de { $publications }: **Fontes**, abaixo, lista todas.
about-marks = Em um cartão, os numerozinhos depois de um fato (¹˒²) são as fontes dele; quando as fontes discordam, todos os valores são mantidos.
about-reviews-from = As citações de resenhas vêm de { $reviews }.
about-more-publications = { $count ->
        [one] mais { $count } publicação
       *[other] mais { $count } publicações
    }
about-add-it = Adicionar
about-add-it-how = A um servidor, para todos que estão nele; ou à sua própria conta, para usar `/track`, `/quote` e os outros comandos de consulta em mensagens diretas e em qualquer servidor.
about-add-to-server = Adicionar a um servidor
about-add-to-account = Adicionar aos meus apps
about-version = Versão { $version }

command-about = O que é este bot, de onde vêm os dados e como adicioná-lo
command-help = Todos os comandos, por função (só você vê)
help-title = Comandos
help-how-to-type = Digite `/` e o nome do comando. `<opção>` é obrigatória; `[opção]`, opcional. Adicione `private: True` a um cartão ou uma citação para só você ver.
help-feature-catalogue = Catálogo
help-feature-catalogue-summary = O álbum, suas faixas e seus artistas, cada fato com suas fontes
help-feature-quotes = Citações
help-feature-quote-of-the-day = Citação do dia
help-feature-trivia = Quiz
help-feature-about = Sobre
help-feature-about-summary = O que é este bot, e todos os seus comandos
help-feature-privacy = Privacidade
help-feature-privacy-summary = O que o bot guarda sobre você, apagado se você pedir
help-feature-other = Outros
command-privacy = O que o bot guarda sobre você
command-privacy-forget = Apagar tudo o que o bot guarda sobre você: respostas, sequências, pontos (só você vê)
privacy-nothing = O bot não guarda nada sobre você: não havia nada para apagar.
privacy-daily-answers =
    { $count ->
        [one] { $count } resposta à pergunta do dia
       *[other] { $count } respostas à pergunta do dia
    }
privacy-daily-streaks =
    { $count ->
        [one] { $count } sequência diária
       *[other] { $count } sequências diárias
    }
privacy-trivia-answers =
    { $count ->
        [one] { $count } resposta de quiz
       *[other] { $count } respostas de quiz
    }
privacy-games-started =
    { $count ->
        [one] { $count } partida de quiz que citava você como quem a começou
       *[other] { $count } partidas de quiz que citavam você como quem as começou
    }
privacy-reveals =
    { $count ->
        [one] seu nome em { $count } resultado da pergunta do dia
       *[other] seu nome em { $count } resultados da pergunta do dia
    }
privacy-deleted = Apagado: { $deleted }. Os rankings e as sequências não incluem mais você.
privacy-deleted-games-stay = Apagado: { $deleted }. Os rankings e as sequências não incluem mais você. As partidas que você começou continuam para os outros jogadores, sem o seu nome.
