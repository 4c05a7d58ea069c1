package demo

// Russian templates. Terms are nominative noun phrases, so they are used
// only where the nominative is grammatical: after a colon, in a list, or in
// «quotes» after a noun.

func ruList(t []string) string { return list(t, ", ", " и ") }

var ruText = langText{
	intro: []func(*textCtx) string{
		func(c *textCtx) string { return capitalize(c.position) + ", " + c.org + "." },
		func(c *textCtx) string {
			return "Место работы — " + c.org + ", должность — " + c.position + "."
		},
	},
	more: []func(*textCtx) string{
		func(c *textCtx) string {
			if c.academic {
				return "Научные интересы: " + ruList(c.terms[:3]) + "."
			}
			return "Основные направления работы: " + ruList(c.terms[:3]) + "."
		},
		func(c *textCtx) string {
			return "Стаж работы в отрасли — " + ruYears(c.years) + "."
		},
		func(c *textCtx) string {
			verb := "Участвовал"
			if c.female {
				verb = "Участвовала"
			}
			return verb + " в совместных проектах Москвы и Пекина в сфере «" + c.sphere + "»."
		},
		func(c *textCtx) string {
			return "Выступает с докладами по теме «" + c.terms[1] + "» на международных конференциях."
		},
		func(c *textCtx) string {
			if c.academic {
				return "Автор работ по направлению «" + c.terms[0] + "»."
			}
			return "Имеет большой практический опыт по направлению «" + c.terms[0] + "»."
		},
	},
	titles: [numOutKinds][]func(*outCtx) string{
		publication: {
			func(o *outCtx) string { return capitalize(o.a) + ": современные подходы" },
			func(o *outCtx) string { return capitalize(o.a) + " в условиях мегаполиса" },
			func(o *outCtx) string { return capitalize(o.a) + ": опыт Москвы и Пекина" },
			func(o *outCtx) string {
				return capitalize(o.a) + " и " + o.b + ": сравнительный анализ"
			},
		},
		patent: {
			func(o *outCtx) string {
				return "Способ и система для задач направления «" + o.a + "»"
			},
			func(o *outCtx) string { return "Устройство контроля: " + o.a },
		},
		project: {
			func(o *outCtx) string { return "Проект «" + capitalize(o.a) + "»" },
			func(o *outCtx) string { return "Пилотный проект: " + o.a },
			func(o *outCtx) string {
				return "Российско-китайский проект: " + o.a + " и " + o.b
			},
		},
		practice: {
			func(o *outCtx) string { return "Методические рекомендации: " + o.a },
			func(o *outCtx) string { return "Лучшие практики: " + o.a },
			func(o *outCtx) string { return "Регламент работ: " + o.a },
		},
		talk: {
			func(o *outCtx) string { return capitalize(o.a) + ": опыт и перспективы" },
			func(o *outCtx) string { return capitalize(o.a) + " — взгляд практика" },
		},
	},
	abstract: [numOutKinds]func(*outCtx) string{
		publication: func(o *outCtx) string {
			return "Рассмотрены вопросы: " + o.a + ", " + o.b + ". Приведены результаты, полученные к " + itoa(o.year) + " году."
		},
		patent: func(o *outCtx) string {
			return "Область техники: " + o.a + ". Возможное применение: " + o.b + "."
		},
		project: func(o *outCtx) string {
			return "Направления проекта: " + o.a + ", " + o.b + ". Сроки реализации: " + itoa(o.year) + "–" + itoa(o.lastYear) + "."
		},
		practice: func(o *outCtx) string {
			return "Обобщён опыт внедрения; ключевые темы: " + o.a + ", " + o.b + "."
		},
		talk: func(o *outCtx) string {
			return "Доклад на международной конференции (" + itoa(o.year) + "). Темы: " + o.a + ", " + o.b + "."
		},
	},
}
