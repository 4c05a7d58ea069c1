package tabular

import (
	"bytes"
	"strings"
	"testing"

	"talentbridge/internal/model"
)

func vcardExpert() model.Expert {
	return model.Expert{
		Name:         model.Text{"ru": "Иванова Мария Сергеевна", "en": "Maria Ivanova", "zh": "玛丽亚·伊万诺娃"},
		NativeLang:   "ru",
		Organization: model.Text{"ru": "Научно-исследовательский институт транспорта, метрополитена; тоннелей", "en": "Moscow Metro"},
		Position:     model.Text{"en": "chief engineer"},
		Spheres:      []string{"transport.subway", "education"},
		Languages:    []string{"ru", "en"},
		ORCID:        "0000-0002-1825-0097",
		Email:        "m.ivanova@example.org",
		Phone:        "+7 495 000-00-00",
		Bio:          model.Text{"ru": "Тоннели; вентиляция, дренаж\nи прочее \\ " + strings.Repeat("длинный текст ", 6)},
	}
}

// TestVCardGolden pins a whole card: the native-script name as FN and N,
// the other scripts as NICKNAME, escaping of , ; \ and newlines, and folding
// at 75 octets between, never inside, UTF-8 sequences.
func TestVCardGolden(t *testing.T) {
	e := vcardExpert()
	const golden = "BEGIN:VCARD\r\n" +
		"VERSION:4.0\r\n" +
		"KIND:individual\r\n" +
		"FN;LANGUAGE=ru:Иванова Мария Сергеевна\r\n" +
		"N:Иванова;Мария;Сергеевна;;\r\n" +
		"NICKNAME;LANGUAGE=zh:玛丽亚·伊万诺娃\r\n" +
		"NICKNAME;LANGUAGE=en:Maria Ivanova\r\n" +
		"ORG;ALTID=1;LANGUAGE=ru:Научно-исследовательский и\r\n" +
		" нститут транспорта\\, метрополитена\\; тон\r\n" +
		" нелей\r\n" +
		"ORG;ALTID=1;LANGUAGE=en:Moscow Metro\r\n" +
		"TITLE;ALTID=1;LANGUAGE=en:chief engineer\r\n" +
		"EMAIL;TYPE=work:m.ivanova@example.org\r\n" +
		"TEL;TYPE=work;VALUE=text:+7 495 000-00-00\r\n" +
		"URL:https://orcid.org/0000-0002-1825-0097\r\n" +
		"LANG;PREF=1:ru\r\n" +
		"LANG:en\r\n" +
		"CATEGORIES:Метрополитен: строительство\\, эксп\r\n" +
		" луатация и технологии,Образование\r\n" +
		"NOTE:Тоннели\\; вентиляция\\, дренаж\\nи прочее \r\n" +
		" \\\\ длинный текст длинный текст длинный те\r\n" +
		" кст длинный текст длинный текст длинный \r\n" +
		" текст \r\n" +
		"END:VCARD\r\n"
	var buf bytes.Buffer
	if err := WriteVCard(&buf, &e, VCardOptions{Lang: "ru"}); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != golden {
		t.Errorf("card differs from the golden one:\n%s\nwant:\n%s", got, golden)
	}
}

func TestVCard(t *testing.T) {
	e := vcardExpert()
	tests := []struct {
		name    string
		expert  model.Expert
		opt     VCardOptions
		want    []string
		notWant []string
	}{
		{"4.0 for a Chinese reader", e, VCardOptions{Lang: "zh"}, []string{
			"FN;LANGUAGE=ru:Иванова Мария Сергеевна", "NICKNAME;LANGUAGE=zh:玛丽亚·伊万诺娃",
			"ORG;ALTID=1;LANGUAGE=en:Moscow Metro", "CATEGORIES:地铁"}, []string{"FN;LANGUAGE=zh", "PREF=1:Иванова"}},
		{"3.0 in Chinese", e, VCardOptions{Version: "3.0", Lang: "zh"}, []string{
			"VERSION:3.0", "FN:Иванова Мария Сергеевна", "NICKNAME:玛丽亚·伊万诺娃,Maria Ivanova",
			"ORG:Научно-исследовательский", "TITLE:chief engineer",
			"EMAIL;TYPE=INTERNET,WORK:m.ivanova@example.org", "TEL;TYPE=WORK,VOICE:+7 495 000-00-00"},
			[]string{"ALTID", "LANGUAGE=", "KIND:", "LANG:", "LANG;"}},
		{"policy removed contacts", model.Expert{Name: model.Text{"zh": "欧阳修"}, Organization: model.Text{"zh": "北京大学"}},
			VCardOptions{Lang: "en"}, []string{"FN;LANGUAGE=zh:欧阳修", "N:欧阳;修;;;", "ORG;ALTID=1;LANGUAGE=zh:北京大学"},
			[]string{"EMAIL", "TEL", "URL", "NOTE", "CATEGORIES", "LANG:", "LANG;", "NICKNAME"}},
		{"Chinese one-character family name", model.Expert{Name: model.Text{"zh": "王小明"}}, VCardOptions{Version: "3.0"},
			[]string{"N:王;小明;;;"}, nil},
		{"English name", model.Expert{Name: model.Text{"en": "Anna Maria Smith"}}, VCardOptions{},
			[]string{"N:Smith;Anna;Maria;;"}, nil},
		{"native language without a name in it", model.Expert{NativeLang: "zh", Name: model.Text{"en": "Li, Wei; Jr.", "ru": "Ли Вэй"}},
			VCardOptions{}, []string{"FN;LANGUAGE=ru:Ли Вэй", `NICKNAME;LANGUAGE=en:Li\, Wei\; Jr.`}, nil},
		{"control characters dropped", model.Expert{Name: model.Text{"en": "Bell\aName\x00 Tab\tOK"}}, VCardOptions{},
			[]string{"FN;LANGUAGE=en:BellName Tab\tOK"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteVCard(&buf, &tt.expert, tt.opt); err != nil {
				t.Fatal(err)
			}
			raw := buf.String()
			if !strings.HasSuffix(raw, "END:VCARD\r\n") || strings.Contains(strings.ReplaceAll(raw, "\r\n", ""), "\n") {
				t.Errorf("lines must end in CRLF:\n%q", raw)
			}
			for _, l := range strings.Split(strings.TrimSuffix(raw, "\r\n"), "\r\n") {
				if len(l) > 75 {
					t.Errorf("line of %d octets: %q", len(l), l)
				}
			}
			unfolded := strings.ReplaceAll(raw, "\r\n ", "")
			for _, w := range tt.want {
				if !strings.Contains(unfolded, w) {
					t.Errorf("missing %q in\n%s", w, unfolded)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(unfolded, w) {
					t.Errorf("unexpected %q in\n%s", w, unfolded)
				}
			}
		})
	}
}
