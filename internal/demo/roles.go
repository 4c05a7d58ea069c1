package demo

// role is the kind of work an expert does. It decides the position titles
// and the evidence the expert has: researchers publish, practitioners
// (engineers, doctors, planners…) mostly have projects, practices and talks.
type role int

const (
	researcher role = iota
	professor
	engineer
	doctor
	official
	planner
	manager
	curator
	journalist
	teacher
)

func (r role) academic() bool { return r == researcher || r == professor }

// position is a job title; ruF is the Russian feminine form where it differs.
type position struct{ ru, ruF, zh, en string }

func (p position) in(lang string, female bool) string {
	switch lang {
	case "ru":
		if female && p.ruF != "" {
			return p.ruF
		}
		return p.ru
	case "zh":
		return p.zh
	}
	return p.en
}

// positions holds the titles of each role, indexed by role.
var positions = [...][]position{
	researcher: {
		{"научный сотрудник", "", "助理研究员", "research fellow"},
		{"старший научный сотрудник", "", "副研究员", "senior research fellow"},
		{"ведущий научный сотрудник", "", "研究员", "leading research fellow"},
		{"главный научный сотрудник", "", "首席研究员", "chief research fellow"},
		{"заведующий лабораторией", "заведующая лабораторией", "实验室主任", "head of laboratory"},
	},
	professor: {
		{"профессор", "", "教授", "professor"},
		{"доцент", "", "副教授", "associate professor"},
		{"старший преподаватель", "", "讲师", "senior lecturer"},
		{"заведующий кафедрой", "заведующая кафедрой", "系主任", "head of department"},
		{"декан факультета", "", "学院院长", "dean"},
	},
	engineer: {
		{"инженер", "", "工程师", "engineer"},
		{"ведущий инженер", "", "高级工程师", "lead engineer"},
		{"главный инженер", "", "总工程师", "chief engineer"},
		{"инженер-конструктор", "", "设计工程师", "design engineer"},
		{"начальник отдела", "", "部门经理", "head of division"},
	},
	doctor: {
		{"врач", "", "主治医师", "physician"},
		{"заведующий отделением", "заведующая отделением", "科室主任", "head of clinical department"},
		{"главный врач", "", "院长", "chief physician"},
		{"врач-эпидемиолог", "", "流行病学医师", "epidemiologist"},
		{"врач-инфекционист", "", "感染科医师", "infectious disease physician"},
		{"хирург", "", "外科医师", "surgeon"},
	},
	official: {
		{"заместитель руководителя", "", "副局长", "deputy head"},
		{"начальник управления", "", "处长", "head of directorate"},
		{"советник", "", "顾问", "adviser"},
		{"главный специалист", "", "主任科员", "chief specialist"},
	},
	planner: {
		{"архитектор", "", "建筑师", "architect"},
		{"главный архитектор проекта", "", "项目总建筑师", "chief project architect"},
		{"урбанист", "", "城市规划师", "urban planner"},
		{"руководитель мастерской", "", "设计所所长", "head of design studio"},
	},
	manager: {
		{"руководитель проектов", "", "项目经理", "project manager"},
		{"директор по развитию", "", "发展总监", "director of development"},
		{"аналитик", "", "分析师", "analyst"},
		{"генеральный директор", "", "总经理", "chief executive officer"},
	},
	curator: {
		{"куратор", "", "策展人", "curator"},
		{"главный хранитель", "", "藏品部主任", "chief keeper of collections"},
		{"реставратор", "", "文物修复师", "conservator"},
		{"заместитель директора по научной работе", "", "副馆长", "deputy director for research"},
		{"художественный руководитель", "", "艺术总监", "artistic director"},
	},
	journalist: {
		{"корреспондент", "", "记者", "correspondent"},
		{"главный редактор", "", "总编辑", "editor-in-chief"},
		{"обозреватель", "", "评论员", "columnist"},
		{"продюсер", "", "制片人", "producer"},
		{"редактор", "", "编辑", "editor"},
	},
	teacher: {
		{"учитель русского языка", "", "俄语教师", "teacher of Russian"},
		{"учитель китайского языка", "", "汉语教师", "teacher of Chinese"},
		{"заместитель директора школы", "", "副校长", "deputy head teacher"},
		{"директор школы", "", "校长", "head teacher"},
	},
}
