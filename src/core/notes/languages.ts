// The words people write for where their work stands and how they file it, in the languages
// their notes are written in: a table per language. Each table lists
//  - `status`: what an entry is said to be, alone or after its title ("terminé", "已完成",
//    "--Devam ediyor--", "Dune - leído"), read by vocabulary.ts in its `field` and `trailing`
//    positions and by `statusAlone` here;
//  - `phrases`: longer wordings said inside an entry's words ("estoy leyendo", "看了一半");
//  - `sections`: what a heading or label that files entries by status says ("Libros leídos",
//    "Lus", "Okunacaklar", "已读");
//  - `kinds`: what a heading or label that files entries by kind names ("Livres", "Kurslar", "课程").
// English lives in vocabulary.ts and classify.ts, whose rules for it are finer.
// Matching (see `wordsRegex`): case-insensitive; a word of a spaced script (Latin, Cyrillic,
// Greek, Hangul) must stand between non-letters, a word in Chinese or Japanese anywhere (they
// have no spaces), and what is inside a code span or a URL is never read.
import type { Kind, Status } from '../model/types.js';
import { codeAt } from './chars.js';

export type LanguageCode = 'es' | 'pt' | 'fr' | 'de' | 'it' | 'nl' | 'sv' | 'tr' | 'id' | 'ru' | 'pl' | 'vi' | 'zh' | 'ja' | 'ko' | 'eo' | 'cs' | 'sk' | 'hu' | 'fi' | 'ro' | 'el' | 'uk' | 'da' | 'nb' | 'ar' | 'fa' | 'he';

type ByStatus = Partial<Record<Status, readonly string[]>>;

export interface LanguageWords {
  status: ByStatus;
  phrases?: ByStatus;
  sections: ByStatus;
  kinds: Partial<Record<Kind, readonly string[]>>;
  /** Wordings that hold one of the words above but say neither ("danh sách", a list, holds "sách", a book). */
  ignore?: readonly string[];
}

/** Space-separated lists keep the tables short: `'a b'` is two words, `'a_b'` is the phrase "a b". */
function ws(s: string): string[] {
  return s.trim().split(/\s+/).map((w) => w.replace(/_/g, ' '));
}

export const LANGUAGES: Readonly<Record<LanguageCode, LanguageWords>> = {
  es: {
    status: {
      todo: ws('pendiente pendientes por_hacer por_leer por_ver por_empezar sin_empezar sin_comenzar no_empezado no_iniciado sin_terminar planeado planeada planificado próximamente no_comenzado'),
      doing: ws('en_progreso en_curso en_proceso empezado empezada comenzado comenzada iniciado iniciada leyendo viendo estudiando cursando haciendo a_medias en_marcha'),
      done: ws('hecho hecha terminado terminada terminados terminadas completado completada completados completadas finalizado finalizada acabado acabada leído leída leido leida leídos leídas visto vista aprobado aprobada listo lista listos listas cursado'),
      skipped: ws('abandonado abandonada descartado descartada cancelado cancelada pausado pausada en_pausa'),
    },
    phrases: {
      doing: ws('estoy_leyendo estoy_viendo estoy_haciendo estoy_estudiando actualmente_leyendo'),
      done: ws('ya_terminé ya_termine lo_terminé'),
      skipped: ws('lo_dejé lo_abandoné'),
    },
    sections: {
      done: ws('he_leído he_leido ya_leídos terminado terminada terminados terminadas terminé ya_terminé ya_termine completado completada completados completadas finalizado finalizada finalizados finalizadas leídos leídas leidos leidas libros_leídos cursos_terminados cursos_completados hechos'),
      doing: ws('en_curso en_progreso leyendo estoy_leyendo cursando haciendo actualmente lectura_actual estudiando'),
      skipped: ws('abandonados abandonadas descartados en_pausa pausados pausado'),
    },
    kinds: {
      milestone: ws('hitos'),
      book: ws('libro libros lectura lecturas lista_de_lectura biblioteca por_leer leídos leidos leyendo estoy_leyendo'),
      course: ws('curso cursos clases asignatura asignaturas materias capacitaciones capacitación'),
      video: ws('vídeo vídeos charlas películas peliculas documentales'),
      article: ws('artículo artículos articulos'),
      project: ws('proyecto proyectos'),
      task: ws('tarea tareas pendientes ejercicio ejercicios exámenes simulacros'),
      paper: ws('artículos_científicos'),
    },
  },
  pt: {
    status: {
      todo: ws('pendente pendentes a_fazer por_fazer a_ler para_ler não_iniciado não_iniciada não_começado nao_iniciado planejado planejada a_estudar para_estudar não_lido aguardando em_espera futuro na_fila'),
      doing: ws('em_andamento em_progresso em_curso iniciado iniciada começado começada lendo assistindo estudando cursando fazendo em_execução em_estudo'),
      done: ws('feito feita feitos concluído concluída concluídos concluídas concluido concluida finalizado finalizada terminado terminada lido lida lidos lidas assistido assistida aprovado aprovada completo completa'),
      skipped: ws('cancelado cancelada pausado pausada abandonado abandonada em_pausa desisti'),
    },
    phrases: {
      doing: ws('estou_lendo estou_fazendo estou_estudando estou_assistindo'),
      done: ws('já_terminei já_li'),
    },
    sections: {
      done: ws('já_li ja_li li_e_recomendo concluído concluída concluido concluida concluídos concluídas concluidos concluidas terminei já_terminei ja_terminei terminado terminada terminados terminadas finalizado finalizada finalizados finalizadas lidos lidas livros_lidos cursos_concluídos cursos_finalizados cursos_realizados realizados realizadas feitos conquistadas conquistados obtidas obtidos'),
      doing: ws('em_andamento em_progresso lendo estou_lendo cursando estou_fazendo fazendo atualmente estudando'),
      skipped: ws('abandonados pausados em_pausa cancelados pausado'),
    },
    kinds: {
      milestone: ws('marcos'),
      book: ws('livro livros leitura leituras lista_de_leitura biblioteca para_ler a_ler lidos lendo estou_lendo'),
      course: ws('curso cursos disciplina disciplinas matérias materias aulas treinamentos treinamento'),
      video: ws('vídeo vídeos palestras filmes documentários'),
      article: ws('artigo artigos'),
      project: ws('projeto projetos'),
      task: ws('tarefa tarefas exercício exercícios provas simulados'),
      paper: ws('artigos_científicos'),
    },
  },
  fr: {
    status: {
      todo: ws('à_faire a_faire à_lire à_voir pas_commencé pas_commencée non_commencé non_commencé pas_fini pas_terminé non_terminé prévu prévue planifié à_venir non_lu à_étudier'),
      doing: ws('en_cours commencé commencée entamé entamée en_lecture en_cours_de_lecture'),
      done: ws('fait faite faits terminé terminée terminés terminées termine terminee fini finie finis achevé achevée lu lue lus validé validée réussi vu vue'),
      skipped: ws('abandonné abandonnée abandonnés annulé annulée en_pause laissé_tombé sauté sautée sautés sautées ignoré ignorée'),
    },
    phrases: {
      doing: ws('je_lis en_train_de_lire lecture_en_cours'),
      done: ws('j\'ai_terminé j\'ai_fini'),
      skipped: ws('j\'ai_abandonné laissé_tomber'),
    },
    sections: {
      done: ws('terminé terminée terminés terminées termine terminee termines terminees lus livres_lus déjà_lus cours_terminés finis'),
      doing: ws('en_cours lecture_en_cours je_lis en_lecture'),
      skipped: ws('abandonnés abandonnées en_pause'),
    },
    kinds: {
      milestone: ws('jalons'),
      book: ws('livre livres liste_de_lecture lecture_à_faire lectures_à_faire bibliothèque à_lire pile_à_lire déjà_lus lecture_en_cours'),
      course: ws('cours formation formations mooc'),
      video: ws('vidéos films documentaires'),
      article: ws('articles'),
      project: ws('projet projets'),
      task: ws('tâche tâches exercice exercices annales'),
      paper: ws('articles_scientifiques'),
    },
  },
  de: {
    status: {
      todo: ws('offen geplant ausstehend noch_nicht_begonnen nicht_begonnen nicht_angefangen unerledigt ungelesen zu_lesen später noch_offen nicht_gestartet'),
      doing: ws('in_arbeit in_bearbeitung begonnen angefangen läuft läuft_gerade laufend aktuell gerade_dabei'),
      done: ws('erledigt fertig abgeschlossen gelesen gesehen beendet geschafft bestanden gelernt durchgearbeitet'),
      skipped: ws('abgebrochen pausiert aufgegeben verworfen'),
    },
    phrases: {
      doing: ws('lese_gerade gerade_am_lesen'),
    },
    sections: {
      done: ws('abgeschlossen abgeschlossene abgeschlossene_kurse erledigt gelesen gelesene_bücher fertig dokumentiert gelernt'),
      doing: ws('in_arbeit laufend lese_gerade aktuell derzeit in_bearbeitung gerade_dabei'),
      skipped: ws('abgebrochen abgebrochene aufgegeben pausiert'),
    },
    kinds: {
      milestone: ws('meilensteine'),
      book: ws('buch bücher leseliste lesestoff lektüre zu_lesen lese_gerade'),
      course: ws('kurs kurse vorlesung vorlesungen lehrveranstaltung lehrveranstaltungen seminar seminare'),
      article: ws('artikel'),
      project: ws('projekt projekte'),
      task: ws('aufgaben checkliste übung übungen übungsaufgaben übungsblätter klausuren altklausuren'),
      video: ws('vorträge filme dokumentationen'),
      paper: ws('wissenschaftliche_artikel'),
    },
  },
  it: {
    status: {
      todo: ws('da_fare da_leggere da_vedere non_iniziato non_iniziata pianificato pianificata'),
      doing: ws('in_corso in_lettura iniziato iniziata in_progresso'),
      done: ws('fatto fatta completato completata completati finito finita finiti terminato terminata letto letta letti visto concluso conclusa superato superata'),
      skipped: ws('abbandonato abbandonata annullato in_pausa sospeso'),
    },
    phrases: {
      doing: ws('sto_leggendo sto_studiando sto_seguendo'),
    },
    sections: {
      done: ws('letti libri_letti completati finiti terminati ho_letto ho_finito ho_completato già_letti'),
      doing: ws('in_corso in_lettura sto_leggendo leggendo studiando sto_studiando sto_seguendo attualmente'),
      skipped: ws('abbandonati in_pausa'),
    },
    kinds: {
      milestone: ws('traguardi'),
      book: ws('libro libri letture da_leggere in_lettura sto_leggendo'),
      course: ws('corso corsi lezioni'),
      article: ws('articoli'),
      project: ws('progetto progetti'),
      task: ws('compiti attività esercizi esercitazioni'),
    },
  },
  nl: {
    status: {
      todo: ws('te_doen te_lezen gepland nog_niet_begonnen nog_te_doen'),
      doing: ws('bezig lopend begonnen in_uitvoering'),
      done: ws('klaar gedaan afgerond voltooid gelezen gezien'),
      skipped: ws('gestopt afgebroken geannuleerd'),
    },
    sections: {
      done: ws('gelezen afgerond voltooid'),
      doing: ws('bezig aan het lezen'),
      skipped: ws('gestopt afgebroken'),
    },
    kinds: { milestone: ws('mijlpalen'), book: ws('boeken leeslijst'), course: ws('cursussen vakken'), project: ws('projecten'), task: ws('taken') },
  },
  // Esperanto: the participles say it, -ata (being read), -ita (read), -ota (to be read).
  eo: {
    status: {
      todo: ws('legota legotaj farota farotaj planita'),
      doing: ws('legata legataj farata farataj'),
      done: ws('legita legitaj farita faritaj finita finitaj'),
      skipped: ws('forlasita forlasitaj'),
    },
    sections: {
      todo: ws('legotaj legotoj farotaj'),
      done: ws('legitaj legitoj faritaj finitaj'),
      doing: ws('legataj legatoj farataj'),
      skipped: ws('forlasitaj'),
    },
    kinds: { book: ws('libroj libroŝranko'), course: ws('kursoj'), project: ws('projektoj'), task: ws('taskoj') },
  },
  sv: {
    status: {
      todo: ws('att_göra att_läsa planerad planerat ej_påbörjad inte_påbörjad'),
      doing: ws('pågår pågående påbörjad påbörjat läser'),
      done: ws('klar klart avklarad avklarat färdig läst gjord gjort'),
      skipped: ws('avbruten avbrutet pausad'),
    },
    sections: {
      done: ws('lästa avklarade klara'),
      doing: ws('pågående läser_nu'),
      skipped: ws('avbrutna'),
    },
    kinds: { book: ws('böcker läslista'), course: ws('kurser'), project: ws('projekt'), task: ws('uppgifter') },
  },
  tr: {
    status: {
      todo: ws('yapılacak yapılacaklar başlanmadı başlamadı başlamadım okunacak izlenecek planlandı planlanıyor planlanan bekliyor'),
      doing: ws('devam_ediyor devam_eden sürüyor okuyorum izliyorum çalışıyorum başladım başlandı yapılıyor'),
      done: ws('tamamlandı tamamlandi tamamlanan bitti bitirildi bitirdim tamamladım okundu okudum izlendi izledim yapıldı'),
      skipped: ws('bırakıldı bıraktım iptal iptal_edildi vazgeçildi vazgeçtim ertelendi yarım_kaldı'),
    },
    sections: {
      done: ws('tamamlananlar tamamlanan_kurslar bitenler bitirdiklerim okuduklarım okunanlar okunan_kitaplar'),
      doing: ws('devam_edenler devam_ediyor şu_an_okuduklarım okuyorum'),
      skipped: ws('bırakılanlar yarım_kalanlar'),
    },
    kinds: {
      book: ws('kitap kitaplar okuma_listesi okunacaklar okuduklarım okunanlar şu_an_okuduklarım okuyorum'),
      // (With the endings a sentence gives it: "Bir önceki kursta", "kursun sonunda".)
      course: ws('kurs kurslar kursu kursta kursun kursunda kursa kurstaki dersler eğitimler'),
      video: ws('videolar'),
      article: ws('makaleler yazılar'),
      project: ws('proje projeler'),
      task: ws('görevler alıştırmalar'),
    },
  },
  id: {
    status: {
      todo: ws('belum belum_dimulai belum_selesai direncanakan akan_dibaca belum_mulai'),
      doing: ws('sedang_berjalan sedang_dikerjakan sedang_dibaca sedang_belajar dalam_proses berlangsung'),
      done: ws('selesai sudah_selesai tamat beres rampung sudah_dibaca tuntas'),
      skipped: ws('dibatalkan ditunda ditinggalkan berhenti'),
    },
    sections: {
      done: ws('sudah_dibaca sudah_selesai sudah_dipelajari sudah_dipahami sudah_dikuasai sudah_dikerjakan'),
      doing: ws('sedang_dibaca sedang_dipelajari sedang_berjalan'),
      skipped: ws('ditinggalkan ditunda'),
    },
    kinds: {
      book: ws('buku daftar_bacaan akan_dibaca sudah_dibaca sedang_dibaca'),
      course: ws('kursus kelas mata_kuliah'),
      article: ws('artikel'),
      project: ws('proyek'),
      task: ws('tugas latihan_soal'),
    },
  },
  ru: {
    status: {
      todo: ws('не_начато не_начат не_прочитано запланировано в_планах к_прочтению не_пройдено запланирован'),
      doing: ws('в_процессе в_работе читаю изучаю прохожу начато смотрю начат'),
      done: ws('готово сделано пройдено прочитано завершено выполнено закончено просмотрено изучено готов пройден завершён завершен прочитан выполнен'),
      skipped: ws('брошено отменено заброшено приостановлено на_паузе'),
    },
    sections: {
      done: ws('прочитано прочитанное прочитанные прочитанного прочитанных пройденные_курсы завершённые завершенные завершено готово пройдено'),
      doing: ws('читаю_сейчас сейчас_читаю в_процессе изучаю текущие текущее текущий прохожу_сейчас читаю'),
      skipped: ws('брошенные заброшенные брошено'),
    },
    kinds: {
      milestone: ws('вехи'),
      // (And as a file is often named, in Latin letters: "knigi.md", "kursy.md".)
      // (And the plural after a count or "list of", "Список книг", "10 курсов".)
      book: ws('прочитано читаю книги книга книг литература прочитанные прочитанное к_прочтению читаю_сейчас сейчас_читаю knigi'),
      course: ws('курсы курс курсов лекции лекций kursy'),
      video: ws('видео фильмы'),
      article: ws('статьи статей'),
      project: ws('проекты проектов'),
      task: ws('задачи задач упражнения'),
      paper: ws('научные_статьи статьи_научные'),
    },
  },
  pl: {
    status: {
      todo: ws('do_zrobienia do_przeczytania do_obejrzenia nierozpoczęte nie_rozpoczęte zaplanowane nie_zaczęte'),
      doing: ws('w_trakcie w_toku w_realizacji rozpoczęte czytam do_dokończenia niedokończone w_toku_nauki'),
      done: ws('ukończone ukończony ukończona zrobione zakończone przeczytane przeczytana obejrzane zaliczone gotowe zrobiony zrobiona przerobione'),
      skipped: ws('porzucone przerwane anulowane wstrzymane'),
    },
    sections: {
      done: ws('przeczytane ukończone ukończone_kursy'),
      doing: ws('w_trakcie czytam_teraz aktualnie_czytam'),
      skipped: ws('porzucone'),
    },
    kinds: {
      milestone: ws('kamienie_milowe'),
      book: ws('książki lektury do_przeczytania przeczytane czytam_teraz'),
      course: ws('kursy kurs wykłady przedmioty'),
      video: ws('filmy'),
      article: ws('artykuły'),
      project: ws('projekty'),
      task: ws('zadania ćwiczenia arkusz arkusze zestaw zestawy'),
    },
  },
  // Czech, Slovak, Hungarian, Finnish, Romanian, Greek, Ukrainian, Danish and Norwegian: the
  // words their reading lists and trackers say where things stand with, and what they file.
  cs: {
    status: {
      todo: ws('nezačato nezahájeno naplánováno k_přečtení nepřečteno'),
      doing: ws('rozečteno rozečtená rozpracováno probíhá v_průběhu studuji'),
      done: ws('hotovo dokončeno přečteno přečtená splněno absolvováno zhlédnuto'),
      skipped: ws('odloženo zrušeno nedočteno'),
    },
    sections: {
      done: ws('přečtené přečtené_knihy dokončené absolvované_kurzy'),
      doing: ws('rozečtené právě_čtu aktuálně_čtu rozpracované'),
      skipped: ws('nedočtené odložené'),
    },
    kinds: {
      book: ws('knihy kniha četba přečtené rozečtené'),
      course: ws('kurzy přednášky předměty'),
      video: ws('videa'),
      article: ws('články'),
      project: ws('projekty'),
      task: ws('úkoly cvičení'),
    },
  },
  sk: {
    status: {
      todo: ws('nezačaté naplánované na_prečítanie'),
      doing: ws('rozčítané prebieha rozpracované'),
      done: ws('dokončené prečítané prečítaná splnené hotové'),
      skipped: ws('zrušené odložené'),
    },
    sections: {
      done: ws('prečítané prečítané_knihy'),
      doing: ws('rozčítané práve_čítam'),
    },
    kinds: {
      book: ws('knižky prečítané'),
      task: ws('úlohy'),
    },
  },
  hu: {
    status: {
      todo: ws('tervezett nem_kezdtem_el elolvasandó'),
      doing: ws('folyamatban olvasom tanulom'),
      done: ws('kész elkészült befejezve befejezett elolvasva teljesítve elvégezve'),
      skipped: ws('félbehagyva abbahagyva elhalasztva'),
    },
    sections: {
      // ("Mit építettem", what I built; "Mit tudok mostantól", what I can do now: a look back at work done.)
      done: ws('elolvasott elolvasott_könyvek befejezett elvégzett_kurzusok elvégzett mit_építettem amit_építettem mit_tudok amit_megtanultam mit_tanultam'),
      doing: ws('most_olvasom jelenleg_olvasom'),
      skipped: ws('félbehagyott abbahagyott'),
    },
    kinds: {
      book: ws('könyvek könyv olvasmányok elolvasott'),
      course: ws('kurzusok kurzus tanfolyam tanfolyamok előadások'),
      video: ws('videók'),
      article: ws('cikkek'),
      project: ws('projektek'),
      task: ws('feladatok gyakorlatok'),
    },
  },
  fi: {
    status: {
      todo: ws('aloittamatta suunniteltu lukematta tekemättä'),
      doing: ws('kesken käynnissä työn_alla'),
      done: ws('valmis tehty luettu suoritettu katsottu'),
      skipped: ws('keskeytetty hylätty peruttu'),
    },
    sections: {
      done: ws('luetut luetut_kirjat suoritetut valmiit'),
      doing: ws('nyt_luen luen_nyt'),
      skipped: ws('keskeytetyt'),
    },
    kinds: {
      book: ws('kirjat kirja lukulista luetut'),
      course: ws('kurssit kurssi luennot'),
      video: ws('videot'),
      article: ws('artikkelit'),
      project: ws('projektit'),
      task: ws('tehtävät harjoitukset'),
    },
  },
  ro: {
    status: {
      todo: ws('neînceput planificat de_citit de_făcut'),
      doing: ws('în_curs în_progres în_desfășurare'),
      done: ws('terminat finalizat citit completat absolvit'),
      skipped: ws('abandonat anulat amânat'),
    },
    sections: {
      done: ws('cărți_citite citite terminate finalizate cursuri_absolvite'),
      doing: ws('citesc_acum în_lectură'),
      skipped: ws('abandonate'),
    },
    kinds: {
      book: ws('cărți lecturi'),
      course: ws('cursuri'),
      video: ws('videoclipuri'),
      article: ws('articole'),
      project: ws('proiecte'),
      task: ws('sarcini exerciții teme'),
    },
  },
  el: {
    status: {
      todo: ws('προγραμματισμένο δεν_ξεκίνησε προς_ανάγνωση'),
      doing: ws('σε_εξέλιξη σε_πρόοδο διαβάζω'),
      done: ws('ολοκληρώθηκε ολοκληρωμένο τελείωσε διαβάστηκε'),
      skipped: ws('εγκαταλείφθηκε ακυρώθηκε'),
    },
    sections: {
      done: ws('ολοκληρωμένα διαβασμένα'),
      doing: ws('διαβάζω_τώρα'),
    },
    kinds: {
      book: ws('βιβλία βιβλίο'),
      course: ws('μαθήματα διαλέξεις'),
      video: ws('βίντεο'),
      article: ws('άρθρα'),
      project: ws('έργα'),
      task: ws('ασκήσεις εργασίες'),
    },
  },
  uk: {
    status: {
      todo: ws('заплановано не_розпочато не_почато'),
      doing: ws('в_процесі у_процесі вивчаю'),
      done: ws('зроблено виконано вивчено переглянуто'),
      skipped: ws('покинуто скасовано призупинено'),
    },
    sections: {
      done: ws('прочитані пройдені_курси завершені'),
      doing: ws('читаю_зараз зараз_читаю'),
    },
    kinds: {
      book: ws('книжки прочитані'),
      course: ws('курси лекції'),
      video: ws('відео'),
      article: ws('статті'),
      project: ws('проєкти'),
      task: ws('завдання вправи'),
    },
  },
  da: {
    status: {
      todo: ws('ikke_startet'),
      doing: ws('i_gang'),
      done: ws('færdig læst gennemført'),
      skipped: ws('afbrudt droppet'),
    },
    sections: {
      done: ws('læste_bøger gennemførte_kurser færdige'),
      doing: ws('læser_nu'),
    },
    kinds: {
      book: ws('bøger læseliste'),
      course: ws('kurser forelæsninger'),
      video: ws('videoer'),
      article: ws('artikler'),
      project: ws('projekter'),
      task: ws('opgaver øvelser'),
    },
  },
  nb: {
    status: {
      todo: ws('ikke_påbegynt planlagt'),
      doing: ws('pågående'),
      done: ws('ferdig fullført'),
      skipped: ws('avbrutt'),
    },
    sections: {
      done: ws('leste_bøker fullførte_kurs ferdige'),
      doing: ws('leser_nå'),
    },
    kinds: {
      book: ws('bøker'),
      course: ws('forelesninger'),
      article: ws('artikler'),
      project: ws('prosjekter'),
      task: ws('oppgaver'),
    },
  },
  // Arabic, Persian and Hebrew, written with spaces between words as the others are. (Not Hindi yet: its
  // words end in vowel signs, marks the word boundaries here do not count as letters.)
  ar: {
    status: {
      todo: ws('لم_يبدأ لم_أبدأ مخطط قيد_الانتظار'),
      doing: ws('قيد_التنفيذ قيد_التقدم جاري أقرأ_حاليا'),
      done: ws('مكتمل مكتملة تم تم_الإنجاز منجز انتهيت قرأته'),
      skipped: ws('ملغى متوقف'),
    },
    sections: {
      done: ws('الكتب_المقروءة المكتملة'),
      doing: ws('أقرأ_حاليا'),
    },
    kinds: {
      book: ws('كتب الكتب'),
      course: ws('دورات الدورات كورسات'),
      video: ws('فيديوهات'),
      article: ws('مقالات'),
      project: ws('مشاريع'),
      task: ws('مهام تمارين'),
    },
  },
  fa: {
    status: {
      todo: ws('شروع_نشده برنامه‌ریزی_شده'),
      doing: ws('در_حال_انجام در_حال_مطالعه در_حال_یادگیری'),
      done: ws('انجام_شد انجام_شده تمام_شد تمام_شده خوانده_شده تکمیل_شده'),
      skipped: ws('رها_شده لغو_شده'),
    },
    sections: {
      done: ws('کتاب‌های_خوانده_شده تمام_شده'),
      doing: ws('در_حال_خواندن'),
    },
    kinds: {
      book: ws('کتاب‌ها کتابها'),
      course: ws('دوره‌ها دوره‌های'),
      video: ws('ویدیوها'),
      article: ws('مقالات مقاله‌ها'),
      project: ws('پروژه‌ها'),
      task: ws('تمرین‌ها'),
    },
  },
  he: {
    status: {
      todo: ws('לא_התחיל לא_התחלתי מתוכנן'),
      doing: ws('בתהליך בביצוע קורא_עכשיו'),
      done: ws('הושלם הסתיים בוצע קראתי סיימתי'),
      skipped: ws('בוטל נזנח'),
    },
    sections: {
      done: ws('ספרים_שקראתי הושלמו'),
      doing: ws('קורא_עכשיו'),
    },
    kinds: {
      book: ws('ספרים'),
      course: ws('קורסים'),
      video: ws('סרטונים'),
      article: ws('מאמרים'),
      project: ws('פרויקטים'),
      task: ws('משימות תרגילים'),
    },
  },
  vi: {
    status: {
      todo: ws('chưa_bắt_đầu chưa_học chưa_đọc chưa_xong chưa_hoàn_thành sắp_tới dự_định cần_làm chưa_làm'),
      doing: ws('đang_học đang_đọc đang_làm đang_tiến_hành đang_thực_hiện'),
      done: ws('hoàn_thành đã_hoàn_thành đã_xong xong đã_đọc đã_học đã_làm xong_rồi'),
      skipped: ws('bỏ_dở tạm_dừng đã_hủy'),
    },
    sections: {
      done: ws('đã_đọc đã_hoàn_thành đã_học'),
      doing: ws('đang_đọc đang_học'),
      skipped: ws('bỏ_dở'),
    },
    kinds: {
      book: ws('sách danh_sách_đọc'),
      course: ws('khóa_học khoá_học môn_học'),
      article: ws('bài_viết'),
      project: ws('dự_án'),
      task: ws('nhiệm_vụ bài_tập đề_thi'),
    },
    ignore: ws('danh_sách'),
  },
  zh: {
    status: {
      todo: ws('未开始 未開始 还没开始 還沒開始 没开始 沒開始 待办 待辦 待读 待讀 想读 想讀 未读 未讀 待学 待學 待学习 待學習 未完成 没有完成 沒有完成 没完成 沒完成 计划中 計劃中'),
      doing: ws('进行中 進行中 在读 在讀 正在读 正在讀 正在学 正在學 学习中 學習中 阅读中 閱讀中 看了一半 读了一半 讀了一半 学了一半 學了一半 正在看 在看'),
      done: ws('已完成 完成 完成了 已读 已讀 已读完 已讀完 读完了 讀完了 读完 讀完 看完 看完了 学完 學完 学完了 學完了 已学 已學 已结束 已結束 搞定 完毕 完畢 已完结 已完結 完结 完結 已学完 已學完 已看完'),
      skipped: ws('放弃 放棄 已放弃 已放棄 暂停 暫停 搁置 擱置 弃坑 棄坑 已取消'),
    },
    sections: {
      done: ws('已读 已讀 已完成 读过 讀過 看过 看過 读完 讀完 学完 學完 学过 學過 已学 已學 已学习 已學習 看完 完成内容 完成內容 已完成内容 完成事项 完成事項 今日完成 今天完成 完成的课程 已完成的课程 学完的课程'),
      doing: ws('在读 在讀 正在读 正在讀 进行中 進行中 学习中 學習中 正在学习 正在学'),
      skipped: ws('放弃 放棄 搁置 擱置 暂停 暫停 弃坑 已放弃'),
    },
    kinds: {
      milestone: ws('里程碑'),
      book: ws('书籍 書籍 读书 讀書 书名 書名 藏书 藏書 书单 書單 图书 圖書 已读 已讀 在读 在讀 想读 想讀'),
      course: ws('课程 課程 讲座 講座 讲义 講義 网课 網課 公开课 公開課'),
      paper: ws('论文 論文'),
      // (Not 影片 alone: "影片學習" heads advice on how to watch, not a list of videos.)
      video: ws('视频 視頻 电影 電影 纪录片 紀錄片'),
      article: ws('文章 博客'),
      // (Not 項目: in Taiwan it is "items", "完成以下項目".)
      project: ws('项目'),
      // (A day's or a week's plan, and a day's record of what got done, list things done: "明日计划", "完成内容".)
      task: ws('任务 任務 待办 待辦 练习题 練習題 习题 習題 真题 試卷 试卷 明日计划 明日計劃 明天计划 明天計劃 今日计划 今日計劃 今天计划 本周计划 本週計劃 下周计划 下週計劃 完成内容 完成內容 完成事项 完成事項 今日完成'),
    },
    // ("还没学完的课程": courses not yet finished; the negation holds the word for finished.)
    ignore: ws('在学校 在學校 还没学完 還沒學完 没学完 沒學完 未学完 未學完 还没看完 還沒看完 没看完 沒看完 没读完 沒讀完 未读完 未讀完 还没读完 還沒讀完 完成标准 完成條件 完成条件 验收标准 驗收標準'),
  },
  ja: {
    // ("完了条件": what done means, a task's criteria; not what is done.)
    ignore: ws('完了条件 完了の定義 完了基準 達成条件 完成条件'),
    status: {
      todo: ws('未着手 未読 未完了 未受講 未視聴 未対応 未実施 予定 積読 読みたい'),
      doing: ws('進行中 読書中 学習中 受講中 視聴中 作業中 対応中 実施中 途中 着手 着手中'),
      done: ws('完了 読了 済み 修了 視聴済み 受講済み 実施済み 実施済 読んだ 終了 達成'),
      skipped: ws('中断 中止 挫折 保留 断念'),
    },
    sections: {
      // ("今日の作業": a diary's day, the work it records.)
      done: ws('読了 読んだ本 読んだ 読み終えた 読み終わった 修了 完了 やったこと やった事 できたこと 終わったこと 済み 今日の作業 本日の作業 作業記録 作業ログ'),
      doing: ws('読書中 学習中 進行中 受講中 読んでいる本 勉強中'),
      skipped: ws('挫折 中断'),
    },
    kinds: {
      milestone: ws('マイルストーン'),
      book: ws('図書 読書 本棚 図書名 読了 積読 読みたい本 読んだ本 読書中 技術書 書籍 読むもの 読む本'),
      course: ws('講座 コース 講義 授業'),
      paper: ws('論文'),
      video: ws('動画 映画'),
      article: ws('記事'),
      project: ws('プロジェクト'),
      task: ws('タスク 演習 練習問題 過去問 手を動かす 実践 作業内容 作業項目 作業手順'),
    },
  },
  ko: {
    status: {
      todo: ws('예정 미완료 시작_전 읽을_예정 할_일 미수강 안_읽음'),
      doing: ws('진행중 진행_중 읽는_중 읽는중 수강중 수강_중 공부중 공부_중 학습_중 보는_중 보는중'),
      done: ws('완료 완 읽음 완독 수료 수강_완료 다_읽음 수강완료 완료됨 끝 끝냄'),
      skipped: ws('중단 포기 보류 취소'),
    },
    sections: {
      // (With the endings Korean joins to a word: "완독한 책", "지금 읽는 중인 책", "잠시 멈춘 책".)
      done: ws('읽은_책 완독 완독한 다_읽은 완료 완료한 한_일 끝낸_일'),
      doing: ws('읽는_중 읽는_중인 읽고_있는 진행_중 진행중 진행_중인 수강_중 수강_중인 공부_중 공부중'),
      skipped: ws('중단 중단한 포기 포기한 멈춘'),
    },
    kinds: {
      milestone: ws('마일스톤'),
      book: ws('책 도서 서적 독서 읽은_책 읽을_책 읽는_중'),
      course: ws('강의 강좌 인강 과목'),
      paper: ws('논문'),
      video: ws('영상 동영상 클립 클립명 영상명 영화'),
      project: ws('프로젝트'),
      task: ws('과제 실습 연습 기출 연습문제'),
      article: ws('아티클'),
    },
  },
};

const STATUSES: readonly Status[] = ['todo', 'doing', 'done', 'skipped'];

/** A letter of a script without spaces between words (Chinese, Japanese): matched anywhere. */
function unspaced(c: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(c);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One pattern for a set of words, longest first (so "未完成" is tried before "完成" where both
 * start, and the leftmost word wins): a word of a spaced script stands between non-letters.
 * Spaces in a phrase match any run of spaces.
 */
export function wordsRegex(words: Iterable<string>, flags = 'iu'): RegExp {
  // Words next to each other in that order with the same guards share them: "(?<!L)a(?!L)|(?<!L)b(?!L)"
  // is written "(?<!L)(?:a|b)(?!L)", which matches the same at the same places (the alternatives are
  // tried in the same order after the same look-behind), and which V8 compiles some 15 times faster:
  // under 'iu' every [\p{L}\p{M}\p{N}] is a class of its own to case-fold (PROSE_DONE's 63 words
  // cost a fresh process 167 ms to compile, 11 ms so).
  const runs: { before: string; after: string; bodies: string[] }[] = [];
  for (const w of [...new Set([...words].map((x) => x.toLowerCase()))].sort((a, b) => b.length - a.length)) {
    const body = escape(w).replace(/ /g, '\\s+');
    const before = unspaced(w[0]!) ? '' : '(?<![\\p{L}\\p{M}\\p{N}])';
    const after = unspaced(w[w.length - 1]!) ? '' : '(?![\\p{L}\\p{M}\\p{N}])';
    const last = runs[runs.length - 1];
    if (last && last.before === before && last.after === after) last.bodies.push(body);
    else runs.push({ before, after, bodies: [body] });
  }
  const parts = runs.map((r) => `${r.before}(?:${r.bodies.join('|')})${r.after}`);
  return new RegExp(parts.length ? `(?:${parts.join('|')})` : '(?!)', flags);
}

// A code span or a URL (a bare one, or a markdown link's target): never read for words.
const CODE_OR_URL_RE = /`[^`\n]*`|\]\([^)\s]*\)|[a-z][a-z0-9+.-]*:\/\/\S+/giu;

/** The text with code spans and URLs blanked (same length, so offsets still hold). */
export function withoutCodeAndUrls(text: string): string {
  if (!text.includes('`') && !text.includes('://') && !text.includes('](')) return text;
  return text.replace(CODE_OR_URL_RE, (m) => ' '.repeat(m.length));
}

/**
 * What the tables say, for one use: `status` (a whole value or a line alone), `inline` (inside
 * an entry's words: the `phrases`, and the status words that cannot be one word of a title —
 * a wording of several words, or one in Chinese or Japanese), `sections`, `kinds`.
 */
export type Use = 'status' | 'inline' | 'sections' | 'kinds' | 'narrated';

interface Lexicon {
  /** What each spelling (lower case, single spaces) says; null for a wording to pass over. */
  says: Map<string, Status | Kind | null>;
  /** For each first word of a spaced wording, the most words a wording starting with it has. */
  firstWords: Map<string, number>;
  /** The longest wording in an unspaced script, in characters. */
  longestUnspaced: number;
  /** The first two characters (lower case) of every first word, as `pairKey` makes them: a word that starts otherwise starts no wording. */
  starts: Set<number>;
  /** The first character of every wording in an unspaced script. */
  unspacedStarts: Set<string>;
  /** The first words of every spaced wording of two words or more ("en", "en train", "en train de"). */
  prefixes: Set<string>;
  /** The same words as one pattern: the plain reading the scan must agree with (tests only, so made when first asked: it costs a tenth of a second to build). */
  re: RegExp | null;
}

const LEXICONS = new Map<Use, Lexicon>();

function add(says: Map<string, Status | Kind | null>, word: string, what: Status | Kind | null): void {
  const k = word.toLowerCase();
  if (!says.has(k)) says.set(k, what);
}

function lexicon(use: Use): Lexicon {
  let lex = LEXICONS.get(use);
  if (lex) return lex;
  const says = new Map<string, Status | Kind | null>();
  if (use === 'narrated') for (const [st, words] of Object.entries(NARRATED) as [Status, readonly string[]][]) for (const w of words) add(says, w, st);
  for (const lang of use === 'narrated' ? [] : Object.values(LANGUAGES)) {
    for (const w of lang.ignore ?? []) add(says, w, null);
    if (use === 'kinds') {
      for (const [kind, words] of Object.entries(lang.kinds) as [Kind, readonly string[]][]) for (const w of words) add(says, w, kind);
      continue;
    }
    for (const st of STATUSES) {
      if (use === 'sections') for (const w of lang.sections[st] ?? []) add(says, w, st);
      if (use === 'status' || use === 'inline') for (const w of lang.phrases?.[st] ?? []) add(says, w, st);
      for (const w of use === 'status' || use === 'inline' ? lang.status[st] ?? [] : []) {
        if (use === 'status' || w.includes(' ') || unspaced(w[0]!)) add(says, w, st);
      }
    }
  }
  const firstWords = new Map<string, number>();
  let longestUnspaced = 0;
  const unspacedStarts = new Set<string>();
  const prefixes = new Set<string>();
  for (const k of says.keys()) {
    if (unspaced(k[0]!)) { longestUnspaced = Math.max(longestUnspaced, k.length); unspacedStarts.add(k[0]!); continue; }
    const words = k.split(' ');
    firstWords.set(words[0]!, Math.max(firstWords.get(words[0]!) ?? 0, words.length));
    for (let n = 2; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  const starts = new Set<number>();
  for (const fw of firstWords.keys()) starts.add(pairKey(fw, 0));
  lex = { says, firstWords, longestUnspaced, starts, unspacedStarts, prefixes, re: null };
  LEXICONS.set(use, lex);
  return lex;
}

const UNSPACED_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;

/** A letter, mark or digit of any script (ASCII answered without a pattern; surrogates are not). */
function isWordCode(c: number, t: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  // Latin letters with marks, Cyrillic, kana and CJK, Hangul: letters without asking.
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x400 && c <= 0x4ff) || (c >= 0x3041 && c <= 0x30ff && c !== 0x30fb) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3)) return true;
  return WORD_CHAR_RE.test(t[i]!);
}

/**
 * The next word of `t` from `from`: a run of letters, marks and digits in any script, with
 * its apostrophes ("j'ai"); whether it holds a letter of an unspaced script.
 */
function nextWord(t: string, from: number): { s: string; i: number; end: number; cjk: boolean } | null {
  const n = t.length;
  let i = from;
  while (i < n && !isWordCode(t.charCodeAt(i), t, i)) i++;
  if (i >= n) return null;
  const start = i;
  let cjk = false;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (isWordCode(c, t, i)) {
      if (c >= 0x2e80) cjk ||= UNSPACED_RE.test(t[i]!);
      i++;
    } else if ((c === 39 || c === 0x2019) && i + 1 < n && isWordCode(t.charCodeAt(i + 1), t, i + 1)) i++;
    else break;
  }
  return { s: t.slice(start, i), i: start, end: i, cjk };
}

/**
 * The first wording of `use` in `text` (not in code or a URL) that says something, and where
 * it stands. Word by word: a word that starts no wording costs one look-up (the pattern of
 * all of them, `re`, is what this must agree with, and several times slower).
 */
function first<T extends Status | Kind>(use: Use, text: string): { what: T; index: number; end: number } | null {
  const hit = scan<T>(lexicon(use), text);
  // Most texts have no wording at all: code and URLs are blanked only to look again at one that has.
  if (!hit || (!text.includes('`') && !text.includes('://') && !text.includes(']('))) return hit;
  return scan<T>(lexicon(use), withoutCodeAndUrls(text));
}

/** The first two characters of a word at `i`, lower case, as one number (a letter alone: the second is 0). */
function pairKey(t: string, i: number): number {
  const b = i + 1 < t.length ? t.charCodeAt(i + 1) : 0;
  const second = b !== 0 && (isWordCode(b, t, i + 1) || b === 39 || b === 0x2019) ? lowerCode(b) : 0;
  // (Kept a small integer: a pre-filter may let a few words through that start no wording.)
  return ((lowerCode(t.charCodeAt(i)) & 0x3fff) << 16) | second;
}

function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

function scan<T extends Status | Kind>(lex: Lexicon, t: string): { what: T; index: number; end: number } | null {
  const n = t.length;
  for (let i = 0; i < n;) {
    const c = t.charCodeAt(i);
    if (!isWordCode(c, t, i)) {
      // A URL's words are not read: past "://" to the next space, past "](" to the ")".
      if (c === 58 /* : */ && codeAt(t, i + 1) === 47 && codeAt(t, i + 2) === 47) i = endOf(t, i, 32);
      else if (c === 93 /* ] */ && codeAt(t, i + 1) === 40 /* ( */) i = endOf(t, i, 41) + 1;
      else i++;
      continue;
    }
    // A word that starts no wording (by its first two letters) is passed over without being read.
    if (c < 0x2e80 && !lex.starts.has(pairKey(t, i))) {
      for (; i < n; i++) {
        const d = t.charCodeAt(i);
        if (d >= 0x2e80) break;
        if (isWordCode(d, t, i)) continue;
        if ((d === 39 || d === 0x2019) && i + 1 < n && isWordCode(t.charCodeAt(i + 1), t, i + 1)) continue;
        break;
      }
      continue;
    }
    const hit = wordAt<T>(lex, t, i);
    if (typeof hit === 'number') i = hit;
    else return hit;
  }
  return null;
}

/** Where the first `stop` after `i` stands (the end if none); 32 stands for any space. */
function endOf(t: string, i: number, stop: number): number {
  for (let k = i + 1; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (stop === 32 ? c <= 32 : c === stop) return k;
  }
  return t.length;
}

/** What the wording starting with the word at `i` says, or where to look on from. */
function wordAt<T extends Status | Kind>(lex: Lexicon, t: string, i: number): { what: T; index: number; end: number } | number {
  const tok = nextWord(t, i)!;
  if (tok.cjk) {
    if (lex.longestUnspaced === 0) return tok.end;
    return inUnspaced<T>(lex, tok.s.toLowerCase(), tok.i) ?? tok.end;
  }
  const w = tok.s.toLowerCase();
  const most = lex.firstWords.get(w);
  if (most === undefined) return tok.end;
  // The words after it, each after spaces only, while some wording goes on with them.
  let key = w;
  let best: { key: string; end: number } | null = lex.says.has(w) ? { key: w, end: tok.end } : null;
  let prev = tok;
  for (let j = 1; j < most; j++) {
    const next = nextWord(t, prev.end);
    if (!next || next.cjk || !/^\s+$/.test(t.slice(prev.end, next.i))) break;
    key = `${key} ${next.s.toLowerCase()}`;
    if (!lex.prefixes.has(key)) break;
    if (lex.says.has(key)) best = { key, end: next.end };
    prev = next;
  }
  if (!best) return tok.end;
  const what = lex.says.get(best.key);
  return what ? { what: what as T, index: tok.i, end: best.end } : best.end;
}

/** A wording inside a run of letters in an unspaced script (or mixed: "Java核心技术"), leftmost then longest. */
function inUnspaced<T extends Status | Kind>(lex: Lexicon, run: string, at: number): { what: T; index: number; end: number } | null {
  for (let p = 0; p < run.length; p++) {
    if (!lex.unspacedStarts.has(run[p]!)) continue;
    for (let n = Math.min(lex.longestUnspaced, run.length - p); n >= 1; n--) {
      const key = run.slice(p, p + n);
      if (!lex.says.has(key)) continue;
      const what = lex.says.get(key);
      if (what) return { what: what as T, index: at + p, end: at + p + n };
      p += n - 1;
      break;
    }
  }
  return null;
}

/** `first` by the one pattern of all wordings (slower; for tests: the scan must agree with it). */
export function firstByPattern(use: Use, text: string): { what: Status | Kind; index: number; end: number } | null {
  const lex = lexicon(use);
  const t = withoutCodeAndUrls(text);
  const re = (lex.re ??= wordsRegex(lex.says.keys(), 'giu'));
  re.lastIndex = 0;
  for (let found = re.exec(t); found; found = re.exec(t)) {
    const what = lex.says.get(found[0].toLowerCase().replace(/\s+/g, ' '));
    if (what) return { what, index: found.index, end: found.index + found[0].length };
  }
  return null;
}

/** `first`, for tests. */
export function firstByScan(use: Use, text: string): { what: Status | Kind; index: number; end: number } | null {
  return first(use, text);
}

/** Every status word of every language, with what it says: for vocabulary.ts's table. */
export function statusWords(): { form: string; status: Status; language: LanguageCode }[] {
  const out: { form: string; status: Status; language: LanguageCode }[] = [];
  for (const [code, lang] of Object.entries(LANGUAGES) as [LanguageCode, LanguageWords][]) {
    for (const st of STATUSES) for (const form of lang.status[st] ?? []) out.push({ form, status: st, language: code });
  }
  return out;
}

/**
 * A status said inside an entry's words, in any language here ("Java核心技术 (看了一半了)",
 * "Rust — estoy leyendo"), and where it stands; not a single word that could be the title's.
 */
export function findStatusPhrase(text: string): { status: Status; index: number; end: number } | null {
  const f = first<Status>('inline', text);
  return f ? { status: f.what, index: f.index, end: f.end } : null;
}

let INLINE_GATE: RegExp | null = null;
const NON_ASCII_RE = /[^\x00-\x7f]/;

/**
 * A cheap look before `findStatusPhrase` for a wording that says an entry is under way or put
 * down: a letter beyond ASCII, or such a wording written in ASCII ("en curso", "devam
 * ediyor"), by one pattern of those alone. False means findStatusPhrase finds none of them.
 */
export function mayHoldInlineStatus(text: string): boolean {
  if (NON_ASCII_RE.test(text)) return true;
  if (!INLINE_GATE) {
    const ascii: string[] = [];
    for (const [w, what] of lexicon('inline').says) if ((what === 'doing' || what === 'skipped') && !NON_ASCII_RE.test(w)) ascii.push(w);
    INLINE_GATE = new RegExp(`\\b(?:${ascii.sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
  }
  return INLINE_GATE.test(text);
}

// What may stand around a status said alone on its line: dashes, emphasis, brackets, marks.
const DECORATION_RE = /^[\s\-–—_*~=#>•·|:：.!。！()[\]（）【】「」『』"'«»\p{Extended_Pictographic}\uFE0F]+|[\s\-–—_*~=#>•·|:：.!。！()[\]（）【】「」『』"'«»\p{Extended_Pictographic}\uFE0F]+$/gu;

/**
 * The status a line says when it says nothing else: "--Devam ediyor--", "**Terminé**",
 * "已完成", "(進行中)", "✅ Concluído". Null for a line with other words in it.
 */
export function statusAlone(line: string): Status | null {
  // (The longest wording and what may stand around it: a longer line is something else.)
  if (line.length > 64) return null;
  const says = lexicon('status').says;
  // Most lines are looked up as they stand; only one that opens or ends with no letter is stripped.
  const plain = line.trim().toLowerCase();
  if (!plain) return null;
  const said = says.get(plain);
  if (said) return said as Status;
  if (isWordCode(plain.charCodeAt(0), plain, 0) && isWordCode(plain.charCodeAt(plain.length - 1), plain, plain.length - 1)) return null;
  const t = line.replace(DECORATION_RE, '').trim().replace(/\s+/g, ' ');
  if (!t || t.length > 40) return null;
  const what = says.get(t.toLowerCase());
  return what ? what as Status : null;
}

/** Words a heading or label must not have more of to be a label that files by status (not a sentence). */
const MAX_LABEL_WORDS = 6;
/** … or one that names a kind ("Cursos que fiz na faculdade de engenharia em 2023"). */
const MAX_KIND_LABEL_WORDS = 10;

/** Whether `s` has more than `max` runs of non-spaces (counted only as far as needed). */
function moreWordsThan(s: string, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord && ++words > max) return true;
    inWord = !space;
  }
  return false;
}

/**
 * The status a heading or label files its entries under, said in another language than
 * English: "Libros leídos", "Cursos que já terminei", "Okunacaklar", "読書中", "已读".
 */
export function sectionStatus(title: string): Status | null {
  // (Asked three times of each section, once for each status: the last answer is kept.)
  if (title === lastSection.title) return lastSection.status;
  const status = moreWordsThan(title, MAX_LABEL_WORDS) ? null : first<Status>('sections', title)?.what ?? null;
  lastSection = { title, status };
  return status;
}
let lastSection: { title: string; status: Status | null } = { title: '', status: null };

/** The kind a heading or label names in another language than English ("Libros", "Kurslar", "课程"), or null. */
export function sectionKindWord(title: string): Kind | null {
  // (Asked again of the same section for each entry in it: the last answers are kept.)
  const kept = KIND_KEPT.get(title);
  if (kept !== undefined) return kept;
  // (A sentence is no label: "**Today's Progress**: I did the first two problems of …".)
  const kind = title.length > 100 || moreWordsThan(title, MAX_KIND_LABEL_WORDS) ? null : first<Kind>('kinds', title)?.what ?? null;
  if (KIND_KEPT.size >= 64) KIND_KEPT.clear();
  KIND_KEPT.set(title, kind);
  return kind;
}
const KIND_KEPT = new Map<string, Kind | null>();

/** The first kind a text of any length names in another language than English ("… önceki kursta …"), or null. */
export function kindNamedIn(text: string): Kind | null {
  return first<Kind>('kinds', text)?.what ?? null;
}

/**
 * Wordings that tell, in a paragraph, that the work it is about was done: a summary in the past
 * ("Kalıtım … konuları işlendi.", "J'ai terminé le cours", "学完了"). Turkish says it with a
 * verb's ending rather than a word: a sentence that ends in a past-tense verb (-dı, -di, -du,
 * -dü, -tı …, and -dık, -dim … for "we", "I").
 */
const PROSE_DONE: readonly string[] = ws(`
  terminé terminée j'ai_terminé j'ai_fini j'ai_lu j'ai_appris appris
  terminé_el terminé_de aprendí completé ya_terminé
  terminei concluí aprendi já_terminei
  gelernt abgeschlossen habe_gelesen
  ho_finito ho_completato ho_imparato
  tamamlandı bitirdim tamamladım öğrendim öğrenildi
  selesai sudah_selesai sudah_belajar
  прочитал прочитала изучил изучила закончил закончила прошёл прошел прошла
  przeczytałem przeczytałam ukończyłem ukończyłam
  đã_học đã_hoàn_thành đã_đọc
  学完 學完 看完 读完 讀完 已完成 完成了 学会了 學會了
  読了 読み終えた 修了 学んだ
  완료 완독 수료 다_읽었다
`);
const TURKISH_LETTER_RE = /[ğışİ]/u;
const TURKISH_PAST_END_RE = /[\p{L}]{3,}[dt][ıiuü](?:m|k|n|nız|niz|nuz|nüz|lar|ler)?\s*$/u;

/**
 * Whether a paragraph tells its subject as done ("Bağlı liste, yığın … öğrenildi.", "J'ai
 * terminé le cours en mars"): a wording of PROSE_DONE, or, in Turkish, each sentence (or most)
 * ending in a past-tense verb. Words in code and URLs are not read.
 */
export function proseSaysDone(paragraph: string): boolean {
  const t = withoutCodeAndUrls(paragraph);
  if (!PROSE_DONE_RE) PROSE_DONE_RE = wordsRegex(PROSE_DONE);
  if (PROSE_DONE_RE.test(t)) return true;
  if (!TURKISH_LETTER_RE.test(t)) return false;
  // (A sentence ends before a capital letter, not at "2. versiyonu"; a bracket's aside is left out.)
  const sentences = t.replace(/\s*\([^)]*\)/g, '').split(/[.!?]+(?=\s+\p{Lu}|\s*$)/u).map((x) => x.trim()).filter((x) => x.length > 0);
  const past = sentences.filter((x) => TURKISH_PAST_END_RE.test(x)).length;
  return sentences.length > 0 && past * 2 > sentences.length;
}
let PROSE_DONE_RE: RegExp | null = null;

/**
 * What a person writes, telling their own story, of a thing they read, did or put down: "J'ai
 * réussi à lire toute la [documentation Go](…)", "I gave up on [SICP](…)", "j'en suis au tout
 * début", "Terminé [el curso](…)". First-person wordings only: a participle alone ("une fois
 * cette étape terminée") says nothing of a thing in particular.
 */
const NARRATED: Readonly<Record<'done' | 'doing' | 'skipped', readonly string[]>> = {
  done: ws(`i_read i've_read i_have_read i_finished i've_finished i_have_finished i_completed i've_completed i_have_completed
    i_watched i've_watched i_went_through i_worked_through managed_to_read managed_to_finish
    i_liked i_especially_liked i_really_liked i_loved i_really_loved i_enjoyed i_really_enjoyed i_learned_a_lot
    j'ai_lu j'ai_terminé j'ai_fini j'ai_fait j'ai_dû_faire j'ai_suivi réussi_à_lire réussi_à_finir réussi_à_terminer
    leí terminé_de completé acabé_de hice_el terminei concluí completei
    ho_letto ho_finito ho_completato`),
  doing: ws(`i'm_currently i_am_currently i'm_working_through i'm_reading i_am_reading i'm_halfway
    j'en_suis je_suis_en_train je_lis estoy_leyendo estoy_haciendo voy_por estou_lendo estou_fazendo sto_leggendo`),
  skipped: ws(`i_gave_up i've_given_up i_abandoned i_dropped i_stopped i_put_it_down i_set_it_aside i_never_finished i_didn't_finish
    j'ai_abandonné j'ai_laissé_tomber abandoné dejé_de abandonei desisti ho_abbandonato
    省略した 省略しました スキップした 飛ばした 跳过了 跳過了 略过了 略過了`),
};
/** The first wording in `text` by which a person tells where a thing of theirs stands, and where it ends. */
export function narratedStatus(text: string): { status: Status; index: number; end: number } | null {
  const f = first<Status>('narrated', text.includes('’') ? text.replace(/’/g, "'") : text);
  return f ? { status: f.what, index: f.index, end: f.end } : null;
}
