package demo

// English templates.

func enList(t []string) string { return list(t, ", ", " and ") }

var enText = langText{
	intro: []func(*textCtx) string{
		func(c *textCtx) string { return capitalize(c.position) + " at " + c.org + "." },
		func(c *textCtx) string { return "Currently " + c.position + ", " + c.org + "." },
	},
	more: []func(*textCtx) string{
		func(c *textCtx) string {
			if c.academic {
				return "Research interests: " + enList(c.terms[:3]) + "."
			}
			return "Works on " + enList(c.terms[:3]) + "."
		},
		func(c *textCtx) string { return itoa(c.years) + " years of experience in the field." },
		func(c *textCtx) string {
			return "Has taken part in joint Moscow–Beijing projects in " + lowerFirst(c.sphere) + "."
		},
		func(c *textCtx) string { return "Regular speaker on " + c.terms[1] + " at international conferences." },
		func(c *textCtx) string {
			if c.academic {
				return "Author of papers on " + c.terms[0] + "."
			}
			return "Has extensive hands-on experience in " + c.terms[0] + "."
		},
	},
	titles: [numOutKinds][]func(*outCtx) string{
		publication: {
			func(o *outCtx) string { return capitalize(o.a) + ": current approaches" },
			func(o *outCtx) string { return capitalize(o.a) + " in megacities" },
			func(o *outCtx) string { return capitalize(o.a) + ": evidence from Moscow and Beijing" },
			func(o *outCtx) string { return capitalize(o.a) + " and " + o.b + ": a comparative analysis" },
		},
		patent: {
			func(o *outCtx) string { return "System and method for " + o.a },
			func(o *outCtx) string { return "Monitoring apparatus for " + o.a },
		},
		project: {
			func(o *outCtx) string { return capitalize(o.a) + " pilot project" },
			func(o *outCtx) string { return "Joint Moscow–Beijing project on " + o.a },
			func(o *outCtx) string { return capitalize(o.a) + " and " + o.b + ": demonstration project" },
		},
		practice: {
			func(o *outCtx) string { return "Guidelines for " + o.a },
			func(o *outCtx) string { return "Best practice: " + o.a },
			func(o *outCtx) string { return "Operating procedures: " + o.a },
		},
		talk: {
			func(o *outCtx) string { return capitalize(o.a) + ": lessons learned" },
			func(o *outCtx) string { return "Practical notes on " + o.a },
		},
	},
	abstract: [numOutKinds]func(*outCtx) string{
		publication: func(o *outCtx) string {
			return "Examines " + o.a + " and " + o.b + " and reports results obtained up to " + itoa(o.year) + "."
		},
		patent: func(o *outCtx) string {
			return "The invention relates to " + o.a + " and can be applied to " + o.b + "."
		},
		project: func(o *outCtx) string {
			return "The project addressed " + o.a + " and " + o.b + " from " + itoa(o.year) + " to " + itoa(o.lastYear) + "."
		},
		practice: func(o *outCtx) string {
			return "Documents field experience with " + o.a + " and gives recommendations on " + o.b + "."
		},
		talk: func(o *outCtx) string {
			return "Conference talk (" + itoa(o.year) + ") on " + o.a + " and " + o.b + "."
		},
	},
}
