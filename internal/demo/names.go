package demo

import (
	"math/rand/v2"
	"strings"

	"talentbridge/internal/model"
)

// personName is a generated name in its forms, plus the ASCII given and
// family names that e-mail addresses are made of.
type personName struct {
	text          model.Text
	native        string
	given, family string // lower-case ASCII
}

// name draws a name of the people's tradition. withZH and withRU ask for the
// Chinese or Palladius form where the tradition has one.
func name(r *rand.Rand, p people, female, withZH, withRU bool) personName {
	switch p {
	case chinese:
		return chineseName(r, female, withRU)
	case kazakh:
		return kazakhName(r, female, withZH)
	case german:
		return germanName(r, female)
	}
	return russianName(r, female, withZH)
}

// russianName gives "Иванова Мария Сергеевна", "Maria Ivanova" and, when
// asked, the Chinese press form "玛丽亚·伊万诺娃" (no patronymic, as there).
func russianName(r *rand.Rand, female, withZH bool) personName {
	sn := ruSurnames[r.IntN(len(ruSurnames))]
	father := ruMales[r.IntN(len(ruMales))]
	var gRU, gEN, gZH, fRU, fEN, fZH, pat string
	if female {
		g := ruFemales[r.IntN(len(ruFemales))]
		gRU, gEN, gZH = g.ru, g.en, g.zh
		fRU, fEN, fZH = sn.ruF, sn.enF, sn.zhF
		pat = father.patF
	} else {
		g := ruMales[r.IntN(len(ruMales))]
		gRU, gEN, gZH = g.ru, g.en, g.zh
		fRU, fEN, fZH = sn.ru, sn.en, sn.zh
		pat = father.patM
	}
	t := model.Text{model.LangRU: fRU + " " + gRU + " " + pat, model.LangEN: gEN + " " + fEN}
	if withZH {
		t[model.LangZH] = gZH + "·" + fZH
	}
	return personName{text: t, native: model.LangRU, given: strings.ToLower(gEN), family: strings.ToLower(fEN)}
}

func kazakhName(r *rand.Rand, female, withZH bool) personName {
	sn := kzSurnames[r.IntN(len(kzSurnames))]
	g := kzMales[r.IntN(len(kzMales))]
	fRU, fEN, fZH := sn.ru, sn.en, sn.zh
	if female {
		g = kzFemales[r.IntN(len(kzFemales))]
		fRU, fEN, fZH = sn.ruF, sn.enF, sn.zhF
	}
	t := model.Text{model.LangRU: fRU + " " + g.ru, model.LangEN: g.en + " " + fEN}
	if withZH {
		t[model.LangZH] = g.zh + "·" + fZH
	}
	return personName{text: t, native: model.LangRU, given: strings.ToLower(g.en), family: strings.ToLower(fEN)}
}

func germanName(r *rand.Rand, female bool) personName {
	g := deMales[r.IntN(len(deMales))]
	if female {
		g = deFemales[r.IntN(len(deFemales))]
	}
	f := deSurnames[r.IntN(len(deSurnames))]
	return personName{text: model.Text{model.LangEN: g + " " + f}, native: model.LangEN,
		given: strings.ToLower(g), family: strings.ToLower(f)}
}

// chineseName gives "张伟", "Zhang Wei" (family name first, as Chinese
// scholars write it) and, when asked, the Palladius form "Чжан Вэй".
func chineseName(r *rand.Rand, female, withRU bool) personName {
	var sn zhPart
	switch x := r.IntN(1000); {
	case x < 15:
		sn = zhCompound[r.IntN(len(zhCompound))]
	case x < 450:
		sn = zhCommon[r.IntN(len(zhCommon))]
	default:
		sn = zhSurnames[r.IntN(len(zhSurnames))]
	}
	parts := []zhPart{zhGivenChar(r, female)}
	if r.IntN(10) < 7 { // most given names have two characters
		for {
			p := zhGivenChar(r, female)
			if p.han != parts[0].han {
				parts = append(parts, p)
				break
			}
		}
	}
	var han, py, pal strings.Builder
	for i, p := range parts {
		han.WriteString(p.han)
		if i > 0 && strings.ContainsRune("aoe", rune(p.py[0])) {
			py.WriteByte('\'') // pinyin syllable boundary: Xi'an, not Xian
		}
		py.WriteString(p.py)
		if i > 0 && strings.HasSuffix(parts[i-1].pal, "н") && strings.ContainsAny(p.pal[:2], "аоэуиюяе") {
			pal.WriteString("ъ") // Palladius boundary: Минъань, not Минань
		}
		pal.WriteString(p.pal)
	}
	t := model.Text{
		model.LangZH: sn.han + han.String(),
		model.LangEN: sn.py + " " + capitalize(py.String()),
	}
	if withRU {
		t[model.LangRU] = sn.pal + " " + capitalize(pal.String())
	}
	return personName{text: t, native: model.LangZH,
		given:  strings.ReplaceAll(py.String(), "'", ""),
		family: strings.ToLower(sn.py)}
}

// zhGivenChar draws a given-name character suitable for the gender.
func zhGivenChar(r *rand.Rand, female bool) zhPart {
	want := byte('m')
	if female {
		want = 'f'
	}
	for {
		p := zhGiven[r.IntN(len(zhGiven))]
		if p.gender == want || p.gender == 'n' {
			return p
		}
	}
}
