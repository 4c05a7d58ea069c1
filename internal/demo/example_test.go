package demo_test

import (
	"encoding/json"
	"os"

	"talentbridge/internal/demo"
	"talentbridge/internal/model"
)

// Stream a demo data set as interchange JSON Lines. The same seed always
// gives the same lines, so a demo database can be rebuilt exactly.
func Example() {
	g := demo.New(2024)
	enc := json.NewEncoder(os.Stdout)
	_ = g.Each(3, func(e model.Expert) error { return enc.Encode(e) })
}
