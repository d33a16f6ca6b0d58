import { normalizeApostrophes } from '../../../src-shared/domain/apostrophes';

/**
 * Names for the demo: each `Latin=Cyrillic` token is one name in both scripts (DOMAIN §5.3/§5.4).
 * Latin uses U+02BB in oʻ gʻ and U+02BC for the tutuq; Cyrillic is the Uzbek 1940 alphabet
 * (ў қ ғ ҳ). The pairs follow the transliteration rules (Ҳ ↔ h, Х ↔ x, Е ↔ ye/e, Ё ↔ yo,
 * Ъ ↔ ʼ), which `names.test.ts` checks, so the two scripts never disagree.
 */
export type NamePair = readonly [latin: string, cyrillic: string];

function pairs(text: string): readonly NamePair[] {
  return text
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .map((token) => {
      const [latin, cyrillic, extra] = token.split('=');
      if (!latin || !cyrillic || extra !== undefined) throw new Error(`bad name pair "${token}"`);
      return [normalizeApostrophes(latin), cyrillic] as const;
    });
}

/** Male given names (ism). */
export const MALE = pairs(`
Abbos=Аббос Abdulaziz=Абдулазиз Abdulla=Абдулла Abdullajon=Абдуллажон Abdumalik=Абдумалик Abduqodir=Абдуқодир
Abdurahmon=Абдураҳмон Abdurashid=Абдурашид Abdusalom=Абдусалом Abdusattor=Абдусаттор Abror=Аброр Adham=Адҳам
Akbar=Акбар Akmal=Акмал Akrom=Акром Alisher=Алишер Amir=Амир Anvar=Анвар Asadbek=Асадбек Asilbek=Асилбек
Asliddin=Аслиддин Asror=Асрор Aziz=Азиз Azizbek=Азизбек Bahodir=Баҳодир Bahrom=Баҳром Baxtiyor=Бахтиёр
Behruz=Беҳруз Bekzod=Бекзод Bobur=Бобур Botir=Ботир Bunyod=Бунёд Davron=Даврон Dilmurod=Дилмурод
Dilshod=Дилшод Diyor=Диёр Doniyor=Дониёр Elbek=Элбек Eldor=Элдор Elmurod=Элмурод Elyor=Элёр Ergash=Эргаш
Erkin=Эркин Farhod=Фарҳод Farrux=Фаррух Fayzulla=Файзулла Fazliddin=Фазлиддин Feruz=Феруз Fozil=Фозил
Gʻayrat=Ғайрат Gʻofur=Ғофур Gʻolib=Ғолиб Gʻulom=Ғулом Hamid=Ҳамид Hasan=Ҳасан Hayot=Ҳаёт Hikmat=Ҳикмат
Hojiakbar=Ҳожиакбар Humoyun=Ҳумоюн Husan=Ҳусан Husniddin=Ҳусниддин Ibrohim=Иброҳим Ikrom=Икром Ilhom=Илҳом
Ilyos=Илёс Islom=Ислом Islombek=Исломбек Ismoil=Исмоил Izzatullo=Иззатулло Jahongir=Жаҳонгир
Jaloliddin=Жалолиддин Jamshid=Жамшид Jasur=Жасур Jasurbek=Жасурбек Javlon=Жавлон Javohir=Жавоҳир Jaʼfar=Жаъфар
Joʻrabek=Жўрабек Jonibek=Жонибек Kamol=Камол Kamoliddin=Камолиддин Komil=Комил Laziz=Лазиз Lutfulla=Лутфулла
Mahmud=Маҳмуд Mansur=Мансур Maʼmur=Маъмур Maʼruf=Маъруф Mirjalol=Миржалол Mirzo=Мирзо Mirzohid=Мирзоҳид
Muhammad=Муҳаммад Muhammadali=Муҳаммадали Muhammadyusuf=Муҳаммадюсуф Murod=Мурод Mustafo=Мустафо
Muzaffar=Музаффар Nizom=Низом Nodir=Нодир Nodirbek=Нодирбек Nurali=Нурали Nuriddin=Нуриддин
Nurmuhammad=Нурмуҳаммад Nuʼmon=Нуъмон Odil=Одил Oʻktam=Ўктам Oʻlmas=Ўлмас Oʻtkir=Ўткир Orif=Ориф Otabek=Отабек
Oybek=Ойбек Poʻlat=Пўлат Qahramon=Қаҳрамон Qobil=Қобил Qodir=Қодир Qosim=Қосим Qudrat=Қудрат Rahim=Раҳим
Rahmatulla=Раҳматулла Rashid=Рашид Ravshan=Равшан Rustam=Рустам Said=Саид Saidakbar=Саидакбар Salim=Салим
Samandar=Самандар Sanjar=Санжар Sardor=Сардор Sarvar=Сарвар Saʼdulla=Саъдулла Shahzod=Шаҳзод Sharof=Шароф
Shavkat=Шавкат Sherali=Шерали Sherzod=Шерзод Shohruh=Шоҳруҳ Shuhrat=Шуҳрат Shukur=Шукур Sirojiddin=Сирожиддин
Sobir=Собир Sodiq=Содиқ Sunnat=Суннат Temur=Темур Tohir=Тоҳир Toʻlqin=Тўлқин Tursun=Турсун Ulugʻbek=Улуғбек
Umar=Умар Umid=Умид Usmon=Усмон Vali=Вали Vohid=Воҳид Xayrulla=Хайрулла Xolmat=Холмат Xurshid=Хуршид Yahyo=Яҳё
Yodgor=Ёдгор Yoqub=Ёқуб Yusuf=Юсуф Zafar=Зафар Zarif=Зариф Zohid=Зоҳид Zokir=Зокир Zuhriddin=Зуҳриддин
`);

/** Female given names. */
export const FEMALE = pairs(`
Azima=Азима Aziza=Азиза Barchinoy=Барчиной Barno=Барно Charos=Чарос Dilafruz=Дилафруз Dilbar=Дилбар
Dildora=Дилдора Dilfuza=Дилфуза Dilnoza=Дилноза Dilorom=Дилором Dilrabo=Дилрабо Dilshoda=Дилшода
Dilyora=Дилёра Dinora=Динора Durdona=Дурдона Eʼzoza=Эъзоза Farangiz=Фарангиз Farida=Фарида Feruza=Феруза
Fotima=Фотима Gavhar=Гавҳар Gʻuncha=Ғунча Goʻzal=Гўзал Gulasal=Гуласал Gulbahor=Гулбаҳор Gulchehra=Гулчеҳра
Gulhayo=Гулҳаё Guli=Гули Gulmira=Гулмира Gulnora=Гулнора Gulnoza=Гулноза Gulruh=Гулруҳ Gulsanam=Гулсанам
Gulshan=Гулшан Hilola=Ҳилола Hulkar=Ҳулкар Husnora=Ҳуснора Ibodat=Ибодат Intizor=Интизор Iroda=Ирода
Jamila=Жамила Jasmina=Жасмина Kamila=Камила Kamola=Камола Komila=Комила Kumush=Кумуш Latofat=Латофат
Laylo=Лайло Lobar=Лобар Lola=Лола Lutfiya=Лутфия Madina=Мадина Maftuna=Мафтуна Mahbuba=Маҳбуба Mahliyo=Маҳлиё
Malika=Малика Manzura=Манзура Marhabo=Марҳабо Marjona=Маржона Mashhura=Машҳура Mastura=Мастура Mavjuda=Мавжуда
Mavluda=Мавлуда Maʼmura=Маъмура Maʼsuda=Маъсуда Mehribon=Меҳрибон Mehrinoz=Меҳриноз Mohichehra=Моҳичеҳра
Mohinur=Моҳинур Mohira=Моҳира Mohlaroyim=Моҳларойим Muattar=Муаттар Muazzam=Муаззам Muborak=Муборак
Muhabbat=Муҳаббат Munira=Мунира Munisa=Муниса Mushtariy=Муштарий Muxlisa=Мухлиса Nafisa=Нафиса Nargiza=Наргиза
Nasiba=Насиба Nazira=Назира Nazokat=Назокат Nigina=Нигина Nigora=Нигора Nilufar=Нилуфар Nodira=Нодира
Nodirabegim=Нодирабегим Nozanin=Нозанин Nozima=Нозима Nurjahon=Нуржаҳон Odina=Одина Oʻgʻiloy=Ўғилой
Oʻlmasoy=Ўлмасой Oydin=Ойдин Oygul=Ойгул Oynura=Ойнура Oysha=Ойша Ozoda=Озода Parizod=Паризод Parvina=Парвина
Qunduz=Қундуз Rayhon=Райҳон Rayhona=Райҳона Raʼno=Раъно Robiya=Робия Rohila=Роҳила Ruhshona=Руҳшона
Ruxsora=Рухсора Sabina=Сабина Sadoqat=Садоқат Saida=Саида Sanobar=Санобар Saodat=Саодат Sarvara=Сарвара
Sarvinoz=Сарвиноз Sayyora=Сайёра Sevara=Севара Sevinch=Севинч Shahlo=Шаҳло Shahnoza=Шаҳноза Shahzoda=Шаҳзода
Shirin=Ширин Shohida=Шоҳида Shohista=Шоҳиста Shoira=Шоира Sitora=Ситора Sojida=Сожида Soliha=Солиҳа
Sugʻdiyona=Суғдиёна Surayyo=Сурайё Tamanno=Таманно Tanzila=Танзила Toʻtiyo=Тўтиё Tursunoy=Турсуной Umida=Умида
Vazira=Вазира Xadicha=Хадича Xonzoda=Хонзода Xumora=Хумора Xurshida=Хуршида Yorqinoy=Ёрқиной Yulduz=Юлдуз
Zarina=Зарина Zarnigor=Зарнигор Zebiniso=Зебинисо Zebo=Зебо Zilola=Зилола Ziyoda=Зиёда Zuhra=Зуҳра
Zulayho=Зулайҳо Zulfiya=Зулфия Zumrad=Зумрад
`);

/** Surnames (familiya), male form; the female form adds -a to -ov/-ev (Joʻrayev → Joʻrayeva), others are the same. */
export const SURNAMES = pairs(`
Abdugʻaniyev=Абдуғаниев Abdullayev=Абдуллаев Abdunazarov=Абдуназаров Abduqodirov=Абдуқодиров
Abdurahmonov=Абдураҳмонов Abdurashidov=Абдурашидов Abdusattorov=Абдусатторов Ahmedov=Аҳмедов Akbarov=Акбаров
Akramov=Акрамов Alimov=Алимов Aliyev=Алиев Alizoda=Ализода Anvarov=Анваров Asqarov=Асқаров Azimov=Азимов
Aʼzamov=Аъзамов Bahromov=Баҳромов Baxtiyorov=Бахтиёров Bekmurodov=Бекмуродов Berdiyev=Бердиев Boboyev=Бобоев
Boqiyev=Боқиев Bozorov=Бозоров Buxoriy=Бухорий Choriyev=Чориев Davlatov=Давлатов Davronov=Давронов
Dehqonov=Деҳқонов Doʻstov=Дўстов Doniyorov=Дониёров Egamberdiyev=Эгамбердиев Elmurodov=Элмуродов
Ergashboyev=Эргашбоев Ergashev=Эргашев Erkinov=Эркинов Eshmatov=Эшматов Eshonqulov=Эшонқулов
Fargʻoniy=Фарғоний Farhodov=Фарҳодов Fayziyev=Файзиев Fayzullayev=Файзуллаев Fozilov=Фозилов Gʻafurov=Ғафуров
Gʻaniyev=Ғаниев Gʻoyipov=Ғойипов Gʻulomov=Ғуломов Hakimov=Ҳакимов Halimov=Ҳалимов Hamidov=Ҳамидов
Hamroyev=Ҳамроев Hasanov=Ҳасанов Hasanzoda=Ҳасанзода Haydarov=Ҳайдаров Hayitov=Ҳайитов Hojiyev=Ҳожиев
Husanov=Ҳусанов Ibodullayev=Ибодуллаев Ibragimov=Ибрагимов Ibrohimov=Иброҳимов Ikromov=Икромов
Inoyatov=Иноятов Islomov=Исломов Ismatov=Исматов Ismoilov=Исмоилов Jabborov=Жабборов Jalilov=Жалилов
Joʻraboyev=Жўрабоев Joʻrayev=Жўраев Jumayev=Жумаев Kamolov=Камолов Karimov=Каримов Kenjayev=Кенжаев
Komilov=Комилов Latifov=Латифов Latipov=Латипов Madaminov=Мадаминов Mahkamov=Маҳкамов Mahmudov=Маҳмудов
Mamadaliyev=Мамадалиев Mamajonov=Мамажонов Mamatov=Маматов Mansurov=Мансуров Mavlonov=Мавлонов
Mirzaahmedov=Мирзааҳмедов Mirzayev=Мирзаев Moʻminov=Мўминов Muhammadiyev=Муҳаммадиев Murodov=Муродов
Musayev=Мусаев Muxtorov=Мухторов Nabiyev=Набиев Narzullayev=Нарзуллаев Navoiy=Навоий Nazarov=Назаров
Neʼmatov=Неъматов Nishonov=Нишонов Normatov=Норматов Norqulov=Норқулов Nosirov=Носиров Nuriddinov=Нуриддинов
Nurmatov=Нурматов Nurzoda=Нурзода Ochilov=Очилов Odilov=Одилов Oʻktamov=Ўктамов Oʻrinov=Ўринов Oʻroqov=Ўроқов
Olimov=Олимов Oltiboyev=Олтибоев Orifov=Орифов Oripov=Орипов Otajonov=Отажонов Pardayev=Пардаев
Poʻlatov=Пўлатов Qahhorov=Қаҳҳоров Qambarov=Қамбаров Qayumov=Қаюмов Qodirov=Қодиров Qoʻchqorov=Қўчқоров
Qosimov=Қосимов Qurbonov=Қурбонов Rahimov=Раҳимов Rahimzoda=Раҳимзода Rahmatullayev=Раҳматуллаев
Rahmonov=Раҳмонов Rajabov=Ражабов Rashidov=Рашидов Rasulov=Расулов Roʻziyev=Рўзиев Rustamov=Рустамов
Sadullayev=Садуллаев Safarov=Сафаров Saidaliyev=Саидалиев Saidov=Саидов Salimov=Салимов Samadov=Самадов
Samarqandiy=Самарқандий Saparov=Сапаров Sattorov=Сатторов Sayfullayev=Сайфуллаев Sharifzoda=Шарифзода
Sharipov=Шарипов Shodmonov=Шодмонов Shukurov=Шукуров Sobirov=Собиров Sodiqov=Содиқов Sotvoldiyev=Сотволдиев
Sultonov=Султонов Suyunov=Суюнов Termiziy=Термизий Tohirov=Тоҳиров Toʻxtayev=Тўхтаев Tojiboyev=Тожибоев
Tolipov=Толипов Toshmatov=Тошматов Toshpoʻlatov=Тошпўлатов Turdiyev=Турдиев Turgʻunov=Турғунов
Tursunov=Турсунов Umarov=Умаров Umirzoqov=Умирзоқов Usarov=Усаров Usmonov=Усмонов Valiyev=Валиев
Vohidov=Воҳидов Xasanov=Хасанов Xayrullayev=Хайруллаев Xoʻjayev=Хўжаев Xoliqov=Холиқов Xolmatov=Холматов
Xudoyberdiyev=Худойбердиев Yarashev=Ярашев Yodgorov=Ёдгоров Yoʻldoshev=Йўлдошев Yoqubov=Ёқубов Yunusov=Юнусов
Yusupov=Юсупов Zaripov=Зарипов Ziyodullayev=Зиёдуллаев Zoirov=Зоиров Zokirov=Зокиров Zufarov=Зуфаров
`);

/** Russian given names (Russian-language groups). */
export const RU_MALE = pairs(`
Aleksandr=Александр Andrey=Андрей Anton=Антон Artyom=Артём Denis=Денис Dmitriy=Дмитрий Georgiy=Георгий
Ivan=Иван Kirill=Кирилл Konstantin=Константин Maksim=Максим Mixail=Михаил Nikita=Никита Nikolay=Николай
Oleg=Олег Pavel=Павел Roman=Роман Sergey=Сергей Stanislav=Станислав Vadim=Вадим Viktor=Виктор
Vladimir=Владимир Yevgeniy=Евгений
`);

/** Russian given names (Russian-language groups). */
export const RU_FEMALE = pairs(`
Alina=Алина Alyona=Алёна Anastasiya=Анастасия Anna=Анна Diana=Диана Irina=Ирина Kristina=Кристина
Kseniya=Ксения Liliya=Лилия Marina=Марина Polina=Полина Sofiya=София Svetlana=Светлана Valeriya=Валерия
Veronika=Вероника Viktoriya=Виктория Yana=Яна Yekaterina=Екатерина Yelena=Елена Yuliya=Юлия
`);

/** Russian and Korean surnames of Uzbekistan. */
export const RU_SURNAMES = pairs(`
Belov=Белов Fyodorov=Фёдоров Ivanov=Иванов Kim=Ким Lebedev=Лебедев Li=Ли Morozov=Морозов Nikolayev=Николаев
Orlov=Орлов Pak=Пак Pavlov=Павлов Petrov=Петров Popov=Попов Shin=Шин Sidorov=Сидоров Smirnov=Смирнов
Sokolov=Соколов Ten=Тен Volkov=Волков Xan=Хан
`);

/** Fathers' names whose patronymic is irregular (Pavel → Pavlovich, Nikita → Nikitich …): not used as fathers. */
export const NOT_FATHERS: ReadonlySet<string> = new Set(['Mixail', 'Nikita', 'Pavel', 'Yevgeniy']);
