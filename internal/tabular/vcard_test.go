package tabular

import (
	"bytes"
	"strings"
	"testing"

	"talentbridge/internal/model"
)

func TestVCard(t *testing.T) {
	e := model.Expert{
		Name:         model.Text{"ru": "Иванова Мария Сергеевна", "en": "Maria Ivanova", "zh": "玛丽亚·伊万诺娃"},
		NativeLang:   "ru",
		Organization: model.Text{"ru": "Московский метрополитен", "en": "Moscow Metro"},
		Position:     model.Text{"en": "chief engineer"},
		Spheres:      []string{"transport.subway", "education"},
		Languages:    []string{"ru", "en"},
		ORCID:        "0000-0002-1825-0097",
		Email:        "m.ivanova@example.org",
		Phone:        "+7 495 000-00-00",
		Bio:          model.Text{"en": "Tunnels; ventilation, drainage\nand more. " + strings.Repeat("Long text ", 12)},
	}
	tests := []struct {
		name    string
		expert  model.Expert
		opt     VCardOptions
		want    []string
		notWant []string
	}{
		{"4.0 in Russian", e, VCardOptions{Lang: "ru"}, []string{
			"BEGIN:VCARD", "VERSION:4.0", "KIND:individual",
			"FN;ALTID=1;LANGUAGE=ru;PREF=1:Иванова Мария Сергеевна",
			"FN;ALTID=1;LANGUAGE=en:Maria Ivanova",
			"N:Иванова;Мария;Сергеевна;;",
			"ORG;ALTID=1;LANGUAGE=en:Moscow Metro",
			"TITLE;ALTID=1;LANGUAGE=en:chief engineer",
			"EMAIL;TYPE=work:m.ivanova@example.org",
			"TEL;TYPE=work;VALUE=text:+7 495 000-00-00",
			"URL:https://orcid.org/0000-0002-1825-0097",
			"LANG;PREF=1:ru",
			`CATEGORIES:Метрополитен: строительство\, эксплуатация и технологии,Образование`,
			`NOTE:Tunnels\; ventilation\, drainage\nand more.`,
			"END:VCARD"}, nil},
		{"3.0 in Chinese", e, VCardOptions{Version: "3.0", Lang: "zh"}, []string{
			"VERSION:3.0", "FN:玛丽亚·伊万诺娃", "ORG:Московский метрополитен", "TITLE:chief engineer",
			"EMAIL;TYPE=INTERNET,WORK:m.ivanova@example.org", "TEL;TYPE=WORK,VOICE:+7 495 000-00-00"},
			[]string{"ALTID", "LANGUAGE=", "KIND:", "LANG:", "LANG;"}},
		{"policy removed contacts", model.Expert{Name: model.Text{"zh": "欧阳修"}, Organization: model.Text{"zh": "北京大学"}},
			VCardOptions{Lang: "en"}, []string{"FN;ALTID=1;LANGUAGE=zh;PREF=1:欧阳修", "N:欧阳;修;;;", "ORG;ALTID=1;LANGUAGE=zh:北京大学"},
			[]string{"EMAIL", "TEL", "URL", "NOTE", "CATEGORIES", "LANG:", "LANG;"}},
		{"Chinese one-character family name", model.Expert{Name: model.Text{"zh": "王小明"}}, VCardOptions{Version: "3.0"},
			[]string{"N:王;小明;;;"}, nil},
		{"English name", model.Expert{Name: model.Text{"en": "Anna Maria Smith"}}, VCardOptions{},
			[]string{"N:Smith;Anna;Maria;;"}, nil},
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
