package demo

// Chinese templates. Chinese needs no agreement, so terms slot in anywhere.

func zhList(t []string) string { return list(t, "、", "和") }

var zhText = langText{
	intro: []func(*textCtx) string{
		func(c *textCtx) string { return c.org + c.position + "。" },
		func(c *textCtx) string { return "现任" + c.org + c.position + "。" },
	},
	more: []func(*textCtx) string{
		func(c *textCtx) string {
			if c.academic {
				return "主要研究方向为" + zhList(c.terms[:3]) + "。"
			}
			return "主要从事" + zhList(c.terms[:3]) + "相关工作。"
		},
		func(c *textCtx) string { return "从事本领域工作" + itoa(c.years) + "年。" },
		func(c *textCtx) string {
			return "曾参与北京与莫斯科在" + c.sphere + "领域的合作项目。"
		},
		func(c *textCtx) string { return "多次在国际会议上就" + c.terms[1] + "作专题报告。" },
		func(c *textCtx) string { return "在" + c.terms[0] + "方面积累了丰富经验。" },
	},
	titles: [numOutKinds][]func(*outCtx) string{
		publication: {
			func(o *outCtx) string { return o.a + "研究进展" },
			func(o *outCtx) string { return "基于" + o.b + "的" + o.a + "方法研究" },
			func(o *outCtx) string { return o.a + "在超大城市中的应用" },
			func(o *outCtx) string { return "京莫两市" + o.a + "比较研究" },
		},
		patent: {
			func(o *outCtx) string { return "一种用于" + o.a + "的装置及方法" },
			func(o *outCtx) string { return "一种" + o.a + "监测系统" },
		},
		project: {
			func(o *outCtx) string { return o.a + "示范项目" },
			func(o *outCtx) string { return "中俄" + o.a + "合作项目" },
			func(o *outCtx) string { return o.a + "与" + o.b + "综合试点工程" },
		},
		practice: {
			func(o *outCtx) string { return o.a + "工作指南" },
			func(o *outCtx) string { return o.a + "最佳实践" },
			func(o *outCtx) string { return o.a + "操作规程" },
		},
		talk: {
			func(o *outCtx) string { return o.a + "的实践与思考" },
			func(o *outCtx) string { return "关于" + o.a + "的几点体会" },
		},
	},
	abstract: [numOutKinds]func(*outCtx) string{
		publication: func(o *outCtx) string {
			return "本文围绕" + o.a + "与" + o.b + "展开研究，总结了截至" + itoa(o.year) + "年的主要成果。"
		},
		patent: func(o *outCtx) string {
			return "本发明涉及" + o.a + "领域，可应用于" + o.b + "。"
		},
		project: func(o *outCtx) string {
			return "项目聚焦" + o.a + "和" + o.b + "，实施周期为" + itoa(o.year) + "—" + itoa(o.lastYear) + "年。"
		},
		practice: func(o *outCtx) string {
			return "总结了" + o.a + "方面的实践经验，并对" + o.b + "提出建议。"
		},
		talk: func(o *outCtx) string {
			return itoa(o.year) + "年国际会议报告，主题涉及" + o.a + "和" + o.b + "。"
		},
	},
}
