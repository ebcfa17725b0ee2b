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

card-sources-button = Fontes ({ $count })
card-disputed-button = Em disputa ({ $count })
card-sources-heading = Fontes
card-sources-note = Os números são as chamadas do cartão.
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

## Quotes: /quote and quote cards

command-quote = O que a crítica escreveu sobre o álbum
command-quote-random = Uma citação de resenha ao acaso, se quiser sobre uma faixa ou um artista
command-quote-random-track = Só citações sobre esta faixa
command-quote-random-artist = Só citações sobre este artista
command-quote-random-source = Só citações desta publicação
command-quote-today = A citação do dia deste servidor, a mesma para todos hoje
command-quote-search = Procurar palavras nas citações das resenhas
command-quote-search-text = As palavras a procurar, por exemplo: robot love

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

## About, help and privacy: /about, /help, /privacy

command-about = O que é este bot, de onde vêm os dados e como adicioná-lo
command-help = Todos os comandos, por função (só você vê)
command-privacy = O que o bot guarda sobre você
command-privacy-forget = Apagar tudo o que o bot guarda sobre você: respostas, sequências, pontos (só você vê)
