package thesaurus

import (
	"slices"
	"testing"
)

// TestCrossLingualTagging checks that a sentence and its translations meet
// at shared concepts: thirty sentences, ten in each language, from public
// health, education, culture, media, tourism, sport and social policy. Each
// sentence must carry every concept in want, so the three versions of a
// sentence share at least those.
func TestCrossLingualTagging(t *testing.T) {
	th := load(t)
	tests := []struct {
		name       string
		ru, zh, en string
		want       []string
	}{
		{"measles", "Моделирование вспышки кори и охват вакцинацией детей",
			"麻疹暴发建模与儿童疫苗接种率",
			"Modelling a measles outbreak and vaccination coverage among children",
			[]string{"med-measles", "med-vaccination-coverage"}},
		{"covid testing", "ПЦР-тестирование и отслеживание контактов во время пандемии коронавируса",
			"新冠疫情期间的核酸检测与密接追踪",
			"PCR testing and contact tracing during the coronavirus pandemic",
			[]string{"med-pcr-testing", "contact-tracing", "covid-19"}},
		{"tcm stroke", "Иглоукалывание и цигун в реабилитации после инсульта",
			"针灸和气功在脑卒中康复中的应用",
			"Acupuncture and qigong in rehabilitation after stroke",
			[]string{"traditional-chinese-medicine", "med-qigong", "med-stroke", "rehabilitation"}},
		{"rfl", "Преподавание русского языка как иностранного китайским студентам",
			"面向中国学生的对外俄语教学",
			"Teaching Russian as a foreign language to Chinese students",
			[]string{"edu-rfl"}},
		{"school exchange", "Обмен школьниками между Москвой и Пекином и летний языковой лагерь",
			"莫斯科与北京的中小学生交流和语言夏令营",
			"School exchange between Moscow and Beijing and a summer language camp",
			[]string{"edu-school-exchange", "edu-summer-camp"}},
		{"film", "Совместное кинопроизводство и международные кинофестивали",
			"合拍片与国际电影节",
			"Film co-production and international film festivals",
			[]string{"cul-film-coproduction", "cul-film-festival"}},
		{"fact-checking", "Фактчекинг и дезинформация в социальных сетях",
			"社交媒体上的事实核查与虚假信息",
			"Fact-checking and disinformation on social media",
			[]string{"mda-fact-checking", "mda-disinformation", "digital-media"}},
		{"visa-free groups", "Безвизовый групповой туристический обмен и туристы из Китая",
			"团体旅游免签与中国游客",
			"Visa-free group travel and Chinese tourists",
			[]string{"tou-group-visa-free", "tou-chinese-tourists"}},
		{"winter olympics", "Спортивная медицина и допинг-контроль на зимних Олимпийских играх",
			"冬奥会的运动医学与兴奋剂检测",
			"Sports medicine and doping control at the Winter Olympics",
			[]string{"spo-sports-medicine", "spo-anti-doping", "spo-winter-olympics"}},
		{"long-term care", "Долговременный уход за пожилыми людьми и старение населения",
			"老年人长期护理与人口老龄化",
			"Long-term care for older people and population ageing",
			[]string{"gov-long-term-care", "gov-population-ageing"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tags := map[string][]string{}
			for lang, text := range map[string]string{"ru": tt.ru, "zh": tt.zh, "en": tt.en} {
				got := ids(th.TagText(text, ""))
				tags[lang] = got
				for _, w := range tt.want {
					if !slices.Contains(got, w) {
						t.Errorf("%s %q: tags %v, missing %s", lang, text, got, w)
					}
				}
			}
			for _, pair := range [][2]string{{"ru", "zh"}, {"ru", "en"}, {"zh", "en"}} {
				if !slices.ContainsFunc(tags[pair[0]], func(id string) bool { return slices.Contains(tags[pair[1]], id) }) {
					t.Errorf("%s and %s share no concept: %v / %v", pair[0], pair[1], tags[pair[0]], tags[pair[1]])
				}
			}
		})
	}
}
