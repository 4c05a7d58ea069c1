package thesaurus

import (
	"slices"
	"strings"
	"testing"

	"talentbridge/internal/model"
)

// knownSharedLabels are labels that two concepts already shared before this
// check existed; they are left to the owners of those concepts to settle.
// Do not add to this list: give the new concept a label of its own.
var knownSharedLabels = map[[2]string]bool{
	{model.LangZH, "创业"}:              true, // startup, sme
	{model.LangZH, "加速器"}:             true, // megascience, startup
	{model.LangEN, "online learning"}: true, // online-learning, active-learning
	{model.LangRU, "разметка"}:        true, // corpus, metadata
	{model.LangRU, "биоинформатика"}:  true, // genomics, bioinformatics
	{model.LangZH, "生物信息学"}:           true, // genomics, bioinformatics
	{model.LangEN, "bioinformatics"}:  true, // genomics, bioinformatics
}

// TestLabelsAreUnique checks that no two concepts of expertise share a label
// in the same language: such a label would always tag both at once, and the
// two would be one concept in all but name. Vocabulary concepts are exempt:
// they carry everyday words across languages and deliberately repeat the
// words of the field.
func TestLabelsAreUnique(t *testing.T) {
	owner := map[[2]string]string{}
	for _, c := range Builtin() {
		if c.Vocabulary {
			continue
		}
		for _, lang := range model.Langs {
			for _, l := range c.Labels[lang] {
				key := [2]string{lang, strings.ToLower(l)}
				if prev, dup := owner[key]; dup && prev != c.ID && !knownSharedLabels[key] {
					t.Errorf("%s label %q: both %s and %s", lang, l, prev, c.ID)
				}
				owner[key] = c.ID
			}
		}
	}
}

// TestCrossLingualConcepts checks that a request in one language and a
// profile in another meet at the same concepts across the transport, city,
// energy and economy tables.
func TestCrossLingualConcepts(t *testing.T) {
	th := load(t)
	tests := []struct {
		zh, ru, en string
		want       []string
	}{
		{"盾构掘进引起的地表沉降监测", "мониторинг осадок при проходке ТПМК", "settlement monitoring during the TBM drive",
			[]string{"tr-tbm-operation", "tr-settlement-monitoring"}},
		{"铁路货运的报关", "таможенное оформление и железнодорожные грузоперевозки из Китая", "customs clearance of rail freight",
			[]string{"ec-customs-clearance", "tr-freight-rail"}},
		{"海绵城市与雨水管理", "город-губка и ливневые стоки", "sponge city and stormwater management",
			[]string{"city-sponge-city", "city-stormwater"}},
		{"跨境支付与本币结算", "трансграничные платежи и расчеты в национальных валютах", "cross-border payments and settlements in national currencies",
			[]string{"ec-cross-border-payments", "ec-national-currencies"}},
		{"风电场和储能电站", "ветроэлектростанции и системы накопления энергии", "wind farms and battery energy storage",
			[]string{"en-wind-farm", "en-energy-storage"}},
		{"中欧班列和多式联运", "контейнерные поезда Китай — Европа и мультимодальные перевозки", "China-Europe Railway Express and multimodal transport",
			[]string{"tr-china-europe-rail", "tr-multimodal"}},
	}
	for _, tt := range tests {
		for _, text := range []string{tt.zh, tt.ru, tt.en} {
			got := ids(th.TagText(text, ""))
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("TagText(%q) = %v, missing %s", text, got, w)
				}
			}
		}
	}
}
