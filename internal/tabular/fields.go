package tabular

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"talentbridge/internal/model"
)

// Fields a column may feed. Most are the JSON paths of model.Expert; the
// three name parts are assembled into name.<lang>, and FieldIgnore marks a
// column that is read but not used (a row number, the status column of an
// import report).
const (
	FieldExternalID = "external_id"
	FieldName       = "name"
	FieldFamily     = "family_name"
	FieldGiven      = "given_name"
	FieldPatronymic = "patronymic"
	FieldNativeLang = "native_lang"
	FieldCity       = "city"
	FieldCountry    = "country"
	FieldOrg        = "organization"
	FieldOrgID      = "organization_id"
	FieldPosition   = "position"
	FieldSpheres    = "spheres"
	FieldKeywords   = "keywords"
	FieldBio        = "bio"
	FieldLanguages  = "languages"
	FieldORCID      = "orcid"
	FieldEmail      = "email"
	FieldPhone      = "phone"
	FieldFormats    = "availability.formats"
	FieldFrom       = "availability.from"
	FieldUntil      = "availability.until"
	FieldVisibility = "visibility"
	FieldIgnore     = "-"
)

// textFields are the fields kept per language; a column of one of them may
// carry a language ("name.ru") or leave it to the script of each cell.
var textFields = map[string]bool{
	FieldName: true, FieldFamily: true, FieldGiven: true, FieldPatronymic: true,
	FieldOrg: true, FieldPosition: true, FieldKeywords: true, FieldBio: true,
}

// headerAliases maps a folded header (see foldHeader) to its field. Each
// field is listed with its Russian, Chinese and English names, and with the
// spellings found in real coordinators' lists.
var headerAliases = func() map[string]string {
	m := map[string]string{}
	add := func(field string, names ...string) {
		for _, n := range names {
			m[foldHeader(n)] = field
		}
	}
	add(FieldExternalID, "Внешний ID", "Внешний идентификатор", "ID", "Идентификатор", "Код эксперта",
		"编号", "外部编号", "专家编号", "External ID", "Expert ID")
	add(FieldName, "ФИО", "Ф.И.О.", "Фамилия, имя, отчество", "Полное имя", "Эксперт",
		"姓名", "全名", "专家姓名", "Name", "Full name", "Expert")
	add(FieldFamily, "Фамилия", "姓", "姓氏", "Surname", "Family name", "Last name")
	add(FieldGiven, "Имя", "名", "名字", "Given name", "First name")
	add(FieldPatronymic, "Отчество", "父称", "Patronymic", "Middle name")
	add(FieldNativeLang, "Родной язык", "母语", "Native language")
	add(FieldEmail, "E-mail", "Email", "Почта", "Электронная почта", "Эл. почта", "Емейл",
		"邮箱", "电子邮件", "电子邮箱", "Mail", "E-mail address")
	add(FieldPhone, "Телефон", "Тел.", "Мобильный телефон", "电话", "手机", "联系电话",
		"Phone", "Telephone", "Mobile", "Tel")
	add(FieldSpheres, "Сфера", "Сферы", "Сфера деятельности", "Направление", "Направления", "Отрасль",
		"领域", "专业领域", "行业", "Sphere", "Spheres", "Area", "Areas", "Sector")
	add(FieldOrg, "Организация", "Место работы", "单位", "工作单位", "机构", "所在单位",
		"Organisation", "Organization", "Affiliation", "Employer", "Institution")
	add(FieldOrgID, "ID организации", "Код организации", "单位编号", "Organization ID", "Organisation ID")
	add(FieldPosition, "Должность", "职务", "职位", "职称", "Position", "Job title", "Title")
	add(FieldCity, "Город", "城市", "City")
	add(FieldCountry, "Страна", "国家", "Country")
	add(FieldKeywords, "Ключевые слова", "Теги", "关键词", "关键字", "Keywords", "Tags")
	add(FieldBio, "Биография", "О себе", "Описание", "简介", "个人简介", "Bio", "Biography", "About")
	add(FieldLanguages, "Языки", "Язык", "Владение языками", "语言", "工作语言", "掌握语言", "Languages", "Language")
	add(FieldORCID, "ORCID", "ORCID iD")
	add(FieldFormats, "Доступность", "Форматы", "Форматы участия", "Формат участия",
		"合作形式", "参与形式", "可参与形式", "Availability", "Formats", "Availability formats")
	add(FieldFrom, "Доступен с", "Доступность с", "开始日期", "可参与起始日期", "Available from", "From")
	add(FieldUntil, "Доступен до", "Доступность до", "结束日期", "可参与截止日期", "Available until", "Until")
	add(FieldVisibility, "Видимость", "Доступ к профилю", "可见性", "公开范围", "Visibility")
	// Columns that carry no expert data: numbering, and the two columns an
	// import report adds, so that a corrected report uploads cleanly.
	add(FieldIgnore, "№", "N", "No", "序号", "#", "Статус", "Ошибки", "状态", "错误", "Status", "Errors")
	return m
}()

// langMarkers maps a folded language marker of a header ("(en)", "（中文）")
// to a product language.
var langMarkers = func() map[string]string {
	m := map[string]string{}
	add := func(lang string, names ...string) {
		for _, n := range names {
			m[foldHeader(n)] = lang
		}
	}
	add(model.LangRU, "ru", "rus", "russian", "рус", "русский", "на русском", "ру", "俄", "俄文", "俄语")
	add(model.LangZH, "zh", "cn", "chinese", "кит", "китайский", "на китайском", "中", "中文", "汉语", "华文")
	add(model.LangEN, "en", "eng", "english", "англ", "английский", "на английском", "英", "英文", "英语")
	return m
}()

// foldHeader reduces a header to the letters that tell it apart: lower case,
// ё as е, without spaces, punctuation and required-field stars, so that
// "E-mail *", "e mail" and "EMAIL" meet.
func foldHeader(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf: // ASCII, the common case, without table lookups
			switch {
			case r >= 'A' && r <= 'Z':
				b.WriteByte(byte(r) + 'a' - 'A')
			case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '#':
				b.WriteByte(byte(r))
			}
		case r == 'ё' || r == 'Ё':
			b.WriteRune('е')
		case r == '№':
			b.WriteRune(r) // a numbering column is named by it alone
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// splitHeader separates a trailing language marker from a header:
// "Name (en)", "单位（中文）", "Организация [рус]", "bio_en", "Bio EN".
func splitHeader(h string) (base, lang string) {
	h = strings.TrimSpace(h)
	for _, pair := range [][2]string{{"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}} {
		if !strings.HasSuffix(h, pair[1]) {
			continue
		}
		open := strings.LastIndex(h, pair[0])
		if open < 0 {
			continue
		}
		inner := h[open+len(pair[0]) : len(h)-len(pair[1])]
		if l, ok := langMarkers[foldHeader(inner)]; ok {
			return strings.TrimSpace(h[:open]), l
		}
	}
	// A bare two-letter code after a space, dot, underscore or hyphen.
	if n := len(h); n > 3 {
		sep, code := h[n-3], strings.ToLower(h[n-2:])
		if strings.IndexByte(" ._-", sep) >= 0 && (code == "ru" || code == "zh" || code == "en") {
			return strings.TrimSpace(h[:n-3]), code
		}
	}
	return h, ""
}
