package demo

// cultureVocab covers culture and media.
var cultureVocab = []sphereVocab{
	{"culture.museums", []concept{
		{"музейные экспозиции", "博物馆陈列", "museum exhibitions"},
		{"оцифровка коллекций", "藏品数字化", "collection digitisation"},
		{"реставрация музейных предметов", "文物修复", "conservation of museum objects"},
		{"музейная педагогика", "博物馆教育", "museum education"},
		{"обменные выставки", "交流展览", "exchange exhibitions"},
	}},
	{"culture.performing-arts", []concept{
		{"балет", "芭蕾舞", "ballet"},
		{"оперное искусство", "歌剧", "opera"},
		{"пекинская опера", "京剧", "Peking opera"},
		{"гастрольные проекты", "巡演", "touring productions"},
	}},
	{"culture.film", []concept{
		{"совместное кинопроизводство", "合拍片", "film co-production"},
		{"анимация", "动画", "animation"},
		{"кинофестивали", "电影节", "film festivals"},
		{"кинопрокат", "电影发行", "film distribution"},
	}},
	{"culture.literature", []concept{
		{"художественный перевод", "文学翻译", "literary translation"},
		{"русская классическая литература", "俄罗斯古典文学", "Russian classical literature"},
		{"современная китайская литература", "中国当代文学", "contemporary Chinese literature"},
		{"поэзия", "诗歌", "poetry"},
	}},
	{"culture.fine-arts", []concept{
		{"живопись", "绘画", "painting"},
		{"китайская каллиграфия", "书法", "Chinese calligraphy"},
		{"современное искусство", "当代艺术", "contemporary art"},
		{"русский авангард", "俄罗斯先锋派艺术", "Russian avant-garde"},
	}},
	{"culture.libraries-archives", []concept{
		{"цифровые библиотеки", "数字图书馆", "digital libraries"},
		{"архивное дело", "档案管理", "archival management"},
		{"редкие книги", "古籍善本", "rare books"},
		{"каталогизация", "编目", "cataloguing"},
	}},
	{"media.journalism", []concept{
		{"журналистика данных", "数据新闻", "data journalism"},
		{"проверка фактов", "事实核查", "fact-checking"},
		{"международная журналистика", "国际新闻报道", "international reporting"},
		{"медиаэтика", "新闻伦理", "media ethics"},
	}},
	{"media.television-radio", []concept{
		{"телевещание", "电视广播", "television broadcasting"},
		{"документальное кино", "纪录片", "documentary film"},
		{"радиовещание", "广播节目", "radio programming"},
		{"телевидение сверхвысокой чёткости", "超高清电视", "ultra-high-definition television"},
	}},
	{"media.digital-media", []concept{
		{"социальные сети", "社交媒体", "social media"},
		{"короткие видео", "短视频", "short video"},
		{"прямые трансляции", "网络直播", "live streaming"},
		{"конвергентные медиа", "融媒体", "converged media"},
	}},
	{"media.publishing", []concept{
		{"книгоиздание", "图书出版", "book publishing"},
		{"электронные книги", "电子书", "e-books"},
		{"авторское право", "版权", "copyright"},
		{"научные журналы", "学术期刊", "academic journals"},
	}},
	{"media.media-cooperation", []concept{
		{"российско-китайское медиасотрудничество", "中俄媒体合作", "Russia–China media cooperation"},
		{"совместные медиапроекты", "联合报道", "joint media projects"},
		{"обмен контентом", "内容交换", "content exchange"},
		{"медиафорум России и Китая", "中俄媒体论坛", "Russia–China Media Forum"},
	}},
}
