package app

import (
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/translit"
)

func TestPersonCache(t *testing.T) {
	c := newPersonCache(2)
	e := &model.Expert{ID: 1, Version: 1, Name: model.Text{"ru": "Иванов Иван"}, NativeLang: "ru"}
	p := c.person(e)
	if c.person(e) != p {
		t.Error("an unchanged expert's name is parsed again")
	}
	q := translit.ParseQuery("Ivanov")
	if _, ok := p.Match(q); !ok {
		t.Fatal("Ivanov does not name Иванов Иван")
	}
	// A new version is parsed anew: the name may have changed.
	e2 := &model.Expert{ID: 1, Version: 2, Name: model.Text{"ru": "Петров Пётр"}, NativeLang: "ru"}
	if _, ok := c.person(e2).Match(q); ok {
		t.Error("the cache answered for an older version")
	}
	for id := int64(2); id < 10; id++ {
		c.person(&model.Expert{ID: id, Version: 1, Name: model.Text{"en": "Anna Smith"}})
	}
	if len(c.m) > 2 {
		t.Errorf("cache holds %d entries, bound 2", len(c.m))
	}
}
