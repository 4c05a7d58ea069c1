package demo

// Russian name parts with the usual practical English spelling (as in
// passports and papers, not a strict transliteration standard) and the
// conventional Chinese form used by the Chinese press.

// ruMale is a male given name with the patronymics derived from it.
type ruMale struct{ ru, en, zh, patM, patF string }

// given is a given name that has no patronymics to derive.
type given struct{ ru, en, zh string }

// ruSurname holds the masculine and feminine forms of a family name.
type ruSurname struct {
	ru, en, zh    string
	ruF, enF, zhF string
}

// ov builds the common -ов/-ев/-ин surname, whose feminine adds -а.
func ov(ru, en, zh, zhF string) ruSurname {
	return ruSurname{ru: ru, en: en, zh: zh, ruF: ru + "а", enF: en + "a", zhF: zhF}
}

// same builds a surname that does not change with gender.
func same(ru, en, zh string) ruSurname {
	return ruSurname{ru: ru, en: en, zh: zh, ruF: ru, enF: en, zhF: zh}
}

var ruMales = []ruMale{
	{"Александр", "Alexander", "亚历山大", "Александрович", "Александровна"},
	{"Алексей", "Alexey", "阿列克谢", "Алексеевич", "Алексеевна"},
	{"Андрей", "Andrey", "安德烈", "Андреевич", "Андреевна"},
	{"Дмитрий", "Dmitry", "德米特里", "Дмитриевич", "Дмитриевна"},
	{"Сергей", "Sergey", "谢尔盖", "Сергеевич", "Сергеевна"},
	{"Михаил", "Mikhail", "米哈伊尔", "Михайлович", "Михайловна"},
	{"Иван", "Ivan", "伊万", "Иванович", "Ивановна"},
	{"Николай", "Nikolay", "尼古拉", "Николаевич", "Николаевна"},
	{"Владимир", "Vladimir", "弗拉基米尔", "Владимирович", "Владимировна"},
	{"Павел", "Pavel", "帕维尔", "Павлович", "Павловна"},
	{"Евгений", "Evgeny", "叶夫根尼", "Евгеньевич", "Евгеньевна"},
	{"Максим", "Maxim", "马克西姆", "Максимович", "Максимовна"},
	{"Артём", "Artem", "阿尔乔姆", "Артёмович", "Артёмовна"},
	{"Игорь", "Igor", "伊戈尔", "Игоревич", "Игоревна"},
	{"Олег", "Oleg", "奥列格", "Олегович", "Олеговна"},
	{"Юрий", "Yury", "尤里", "Юрьевич", "Юрьевна"},
	{"Виктор", "Victor", "维克多", "Викторович", "Викторовна"},
	{"Константин", "Konstantin", "康斯坦丁", "Константинович", "Константиновна"},
	{"Роман", "Roman", "罗曼", "Романович", "Романовна"},
	{"Григорий", "Grigory", "格里戈里", "Григорьевич", "Григорьевна"},
	{"Илья", "Ilya", "伊利亚", "Ильич", "Ильинична"},
	{"Пётр", "Pyotr", "彼得", "Петрович", "Петровна"},
	{"Вадим", "Vadim", "瓦季姆", "Вадимович", "Вадимовна"},
	{"Антон", "Anton", "安东", "Антонович", "Антоновна"},
	{"Кирилл", "Kirill", "基里尔", "Кириллович", "Кирилловна"},
	{"Денис", "Denis", "杰尼斯", "Денисович", "Денисовна"},
	{"Борис", "Boris", "鲍里斯", "Борисович", "Борисовна"},
	{"Георгий", "Georgy", "格奥尔基", "Георгиевич", "Георгиевна"},
	{"Василий", "Vasily", "瓦西里", "Васильевич", "Васильевна"},
	{"Анатолий", "Anatoly", "阿纳托利", "Анатольевич", "Анатольевна"},
}

var ruFemales = []given{
	{"Мария", "Maria", "玛丽亚"},
	{"Анна", "Anna", "安娜"},
	{"Елена", "Elena", "叶莲娜"},
	{"Ольга", "Olga", "奥尔加"},
	{"Наталья", "Natalia", "娜塔莉娅"},
	{"Татьяна", "Tatiana", "塔季扬娜"},
	{"Ирина", "Irina", "伊琳娜"},
	{"Екатерина", "Ekaterina", "叶卡捷琳娜"},
	{"Светлана", "Svetlana", "斯维特兰娜"},
	{"Юлия", "Yulia", "尤利娅"},
	{"Анастасия", "Anastasia", "阿纳斯塔西娅"},
	{"Марина", "Marina", "玛丽娜"},
	{"Дарья", "Daria", "达里娅"},
	{"Ксения", "Ksenia", "克谢尼娅"},
	{"Людмила", "Lyudmila", "柳德米拉"},
	{"Галина", "Galina", "加林娜"},
	{"Вера", "Vera", "薇拉"},
	{"Надежда", "Nadezhda", "娜杰日达"},
	{"Александра", "Alexandra", "亚历山德拉"},
	{"Полина", "Polina", "波利娜"},
	{"Виктория", "Victoria", "维多利亚"},
	{"Евгения", "Evgenia", "叶夫根尼娅"},
	{"Алина", "Alina", "阿琳娜"},
	{"Софья", "Sofia", "索菲娅"},
	{"Валентина", "Valentina", "瓦莲京娜"},
	{"Лариса", "Larisa", "拉丽莎"},
	{"Оксана", "Oksana", "奥克萨娜"},
	{"Любовь", "Lyubov", "柳博芙"},
}

var ruSurnames = []ruSurname{
	ov("Иванов", "Ivanov", "伊万诺夫", "伊万诺娃"),
	ov("Смирнов", "Smirnov", "斯米尔诺夫", "斯米尔诺娃"),
	ov("Кузнецов", "Kuznetsov", "库兹涅佐夫", "库兹涅佐娃"),
	ov("Попов", "Popov", "波波夫", "波波娃"),
	ov("Васильев", "Vasiliev", "瓦西里耶夫", "瓦西里耶娃"),
	ov("Петров", "Petrov", "彼得罗夫", "彼得罗娃"),
	ov("Соколов", "Sokolov", "索科洛夫", "索科洛娃"),
	ov("Михайлов", "Mikhailov", "米哈伊洛夫", "米哈伊洛娃"),
	ov("Новиков", "Novikov", "诺维科夫", "诺维科娃"),
	ov("Фёдоров", "Fedorov", "费奥多罗夫", "费奥多罗娃"),
	ov("Морозов", "Morozov", "莫罗佐夫", "莫罗佐娃"),
	ov("Волков", "Volkov", "沃尔科夫", "沃尔科娃"),
	ov("Алексеев", "Alekseev", "阿列克谢耶夫", "阿列克谢耶娃"),
	ov("Лебедев", "Lebedev", "列别杰夫", "列别杰娃"),
	ov("Семёнов", "Semenov", "谢苗诺夫", "谢苗诺娃"),
	ov("Егоров", "Egorov", "叶戈罗夫", "叶戈罗娃"),
	ov("Павлов", "Pavlov", "巴甫洛夫", "巴甫洛娃"),
	ov("Козлов", "Kozlov", "科兹洛夫", "科兹洛娃"),
	ov("Степанов", "Stepanov", "斯捷潘诺夫", "斯捷潘诺娃"),
	ov("Николаев", "Nikolaev", "尼古拉耶夫", "尼古拉耶娃"),
	ov("Орлов", "Orlov", "奥尔洛夫", "奥尔洛娃"),
	ov("Андреев", "Andreev", "安德烈耶夫", "安德烈耶娃"),
	ov("Макаров", "Makarov", "马卡罗夫", "马卡罗娃"),
	ov("Захаров", "Zakharov", "扎哈罗夫", "扎哈罗娃"),
	ov("Зайцев", "Zaitsev", "扎伊采夫", "扎伊采娃"),
	ov("Соловьёв", "Solovyov", "索洛维约夫", "索洛维约娃"),
	ov("Борисов", "Borisov", "鲍里索夫", "鲍里索娃"),
	ov("Яковлев", "Yakovlev", "雅科夫列夫", "雅科夫列娃"),
	ov("Григорьев", "Grigoriev", "格里戈里耶夫", "格里戈里耶娃"),
	ov("Романов", "Romanov", "罗曼诺夫", "罗曼诺娃"),
	ov("Сергеев", "Sergeev", "谢尔盖耶夫", "谢尔盖耶娃"),
	ov("Кузьмин", "Kuzmin", "库兹明", "库兹米娜"),
	ov("Фролов", "Frolov", "弗罗洛夫", "弗罗洛娃"),
	ov("Белов", "Belov", "别洛夫", "别洛娃"),
	ov("Комаров", "Komarov", "科马罗夫", "科马罗娃"),
	ov("Ильин", "Ilyin", "伊林", "伊林娜"),
	ov("Гусев", "Gusev", "古谢夫", "古谢娃"),
	ov("Титов", "Titov", "季托夫", "季托娃"),
	ov("Киселёв", "Kiselev", "基谢廖夫", "基谢廖娃"),
	ov("Баранов", "Baranov", "巴拉诺夫", "巴拉诺娃"),
	ov("Медведев", "Medvedev", "梅德韦杰夫", "梅德韦杰娃"),
	ov("Никитин", "Nikitin", "尼基京", "尼基京娜"),
	ov("Соболев", "Sobolev", "索博列夫", "索博列娃"),
	ov("Тихонов", "Tikhonov", "季霍诺夫", "季霍诺娃"),
	ov("Ковалёв", "Kovalev", "科瓦廖夫", "科瓦廖娃"),
	ov("Карпов", "Karpov", "卡尔波夫", "卡尔波娃"),
	ov("Беляев", "Belyaev", "别利亚耶夫", "别利亚耶娃"),
	ov("Жуков", "Zhukov", "朱可夫", "朱可娃"),
	ov("Виноградов", "Vinogradov", "维诺格拉多夫", "维诺格拉多娃"),
	ov("Богданов", "Bogdanov", "波格丹诺夫", "波格丹诺娃"),
	ov("Крылов", "Krylov", "克雷洛夫", "克雷洛娃"),
	ov("Осипов", "Osipov", "奥西波夫", "奥西波娃"),
	ov("Данилов", "Danilov", "达尼洛夫", "达尼洛娃"),
	ov("Громов", "Gromov", "格罗莫夫", "格罗莫娃"),
	ov("Чернов", "Chernov", "切尔诺夫", "切尔诺娃"),
	same("Шевченко", "Shevchenko", "舍甫琴科"),
	same("Коваленко", "Kovalenko", "科瓦连科"),
	same("Бондаренко", "Bondarenko", "邦达连科"),
	{"Островский", "Ostrovsky", "奥斯特洛夫斯基", "Островская", "Ostrovskaya", "奥斯特洛夫斯卡娅"},
	{"Вишневский", "Vishnevsky", "维什涅夫斯基", "Вишневская", "Vishnevskaya", "维什涅夫斯卡娅"},
	{"Соколовский", "Sokolovsky", "索科洛夫斯基", "Соколовская", "Sokolovskaya", "索科洛夫斯卡娅"},
	{"Толстой", "Tolstoy", "托尔斯泰", "Толстая", "Tolstaya", "托尔斯塔娅"},
}

// Kazakh names in the Russian form used in documents, with their English
// spelling. Patronymics are left out: many Kazakh experts do not use them.
var kzMales = []given{
	{"Нурлан", "Nurlan", "努尔兰"}, {"Ержан", "Yerzhan", "叶尔江"}, {"Тимур", "Timur", "帖木儿"},
	{"Асхат", "Askhat", "阿斯哈特"}, {"Данияр", "Daniyar", "达尼亚尔"}, {"Арман", "Arman", "阿尔曼"},
	{"Бауыржан", "Bauyrzhan", "包尔江"}, {"Ерлан", "Yerlan", "叶尔兰"}, {"Канат", "Kanat", "卡纳特"},
	{"Марат", "Marat", "马拉特"}, {"Серик", "Serik", "谢里克"}, {"Айдар", "Aidar", "艾达尔"},
	{"Нуржан", "Nurzhan", "努尔江"}, {"Болат", "Bolat", "博拉特"}, {"Азамат", "Azamat", "阿扎马特"},
	{"Руслан", "Ruslan", "鲁斯兰"}, {"Самат", "Samat", "萨马特"}, {"Ерболат", "Yerbolat", "叶尔博拉特"},
}

var kzFemales = []given{
	{"Айгерим", "Aigerim", "艾格丽姆"}, {"Асель", "Assel", "阿塞尔"}, {"Динара", "Dinara", "迪娜拉"},
	{"Гульнара", "Gulnara", "古尔娜拉"}, {"Жанна", "Zhanna", "然娜"}, {"Алия", "Aliya", "阿丽娅"},
	{"Жанар", "Zhanar", "扎娜尔"}, {"Мадина", "Madina", "马迪娜"}, {"Сауле", "Saule", "萨乌列"},
	{"Камила", "Kamila", "卡米拉"}, {"Салтанат", "Saltanat", "萨尔塔娜特"}, {"Гаухар", "Gaukhar", "高哈尔"},
	{"Меруерт", "Meruert", "梅鲁埃尔特"}, {"Аружан", "Aruzhan", "阿鲁然"}, {"Айнур", "Ainur", "艾努尔"},
	{"Ботагоз", "Botagoz", "博塔戈兹"}, {"Индира", "Indira", "英迪拉"}, {"Томирис", "Tomiris", "托米丽斯"},
}

var kzSurnames = []ruSurname{
	ov("Ахметов", "Akhmetov", "艾哈迈托夫", "艾哈迈托娃"),
	ov("Сулейменов", "Suleimenov", "苏莱曼诺夫", "苏莱曼诺娃"),
	ov("Жумабаев", "Zhumabaev", "朱马巴耶夫", "朱马巴耶娃"),
	ov("Оспанов", "Ospanov", "奥斯帕诺夫", "奥斯帕诺娃"),
	ov("Искаков", "Iskakov", "伊斯卡科夫", "伊斯卡科娃"),
	ov("Касымов", "Kassymov", "卡瑟莫夫", "卡瑟莫娃"),
	ov("Нургалиев", "Nurgaliev", "努尔加利耶夫", "努尔加利耶娃"),
	ov("Байжанов", "Baizhanov", "拜扎诺夫", "拜扎诺娃"),
	ov("Абенов", "Abenov", "阿别诺夫", "阿别诺娃"),
	ov("Тулегенов", "Tulegenov", "图列格诺夫", "图列格诺娃"),
	ov("Сагинтаев", "Sagintaev", "萨金塔耶夫", "萨金塔耶娃"),
	ov("Кенжебаев", "Kenzhebaev", "肯热巴耶夫", "肯热巴耶娃"),
	ov("Мухамедов", "Mukhamedov", "穆哈梅多夫", "穆哈梅多娃"),
	ov("Есенов", "Yesenov", "叶谢诺夫", "叶谢诺娃"),
	ov("Омаров", "Omarov", "奥马罗夫", "奥马罗娃"),
	ov("Жакупов", "Zhakupov", "扎库波夫", "扎库波娃"),
	ov("Смагулов", "Smagulov", "斯马古洛夫", "斯马古洛娃"),
	ov("Шарипов", "Sharipov", "沙里波夫", "沙里波娃"),
	ov("Утебаев", "Utebaev", "乌捷巴耶夫", "乌捷巴耶娃"),
	ov("Бекмуханов", "Bekmukhanov", "别克穆哈诺夫", "别克穆哈诺娃"),
}

// German names, kept to ASCII so that they double as e-mail local parts.
var deMales = []string{"Thomas", "Stefan", "Andreas", "Markus", "Michael", "Jan", "Tobias", "Florian", "Matthias",
	"Sebastian", "Christian", "Daniel", "Frank", "Jens", "Lukas", "Martin", "Oliver", "Peter"}
var deFemales = []string{"Julia", "Katrin", "Anna", "Sabine", "Claudia", "Laura", "Lena", "Sarah", "Susanne",
	"Petra", "Monika", "Nicole", "Andrea", "Birgit", "Franziska", "Kerstin", "Miriam", "Ulrike"}
var deSurnames = []string{"Schneider", "Becker", "Wagner", "Hoffmann", "Fischer", "Weber", "Koch", "Richter", "Neumann", "Schulz",
	"Meyer", "Schmitt", "Wolf", "Zimmermann", "Braun", "Schubert", "Hartmann", "Lange", "Werner", "Krause",
	"Lehmann", "Sommer", "Maier", "Vogel", "Jung", "Hahn", "Keller", "Frank", "Berger", "Roth"}
