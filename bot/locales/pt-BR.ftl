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
card-list-comma = { $first }, { $next }
card-list-and = { $first } e { $next }
card-list-or = { $first } ou { $next }

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
