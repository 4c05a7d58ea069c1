package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestMatchExpert(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	experts := strings.Join([]string{
		`{"external_id":"msk-1","name":{"ru":"Иванова Мария"},"city":"moscow","spheres":["transport.subway"],"keywords":{"ru":["тоннельная вентиляция","глубокие станции метро"]}}`,
		`{"external_id":"bj-1","name":{"zh":"王芳"},"city":"beijing","spheres":["transport.subway"],"keywords":{"en":["tunnel ventilation","subway stations"]}}`,
		`{"external_id":"bj-2","name":{"zh":"李娜"},"city":"beijing","spheres":["culture.museums"],"keywords":{"zh":["博物馆"]}}`,
	}, "\n") + "\n"
	if code, _, errOut := runCLI(t, "", "--data", data, "import", writeFile(t, dir, "e.jsonl", []byte(experts))); code != 0 {
		t.Fatal(errOut)
	}
	for i, r := range []string{
		`{"id":"req-1","title":"Вентиляция глубоких станций метро","city":"beijing"}`,
		`{"id":"req-2","title":"博物馆数字化"}`,
	} {
		f := writeFile(t, dir, "r"+string(rune('0'+i))+".json", []byte(r))
		if code, _, errOut := runCLI(t, "", "--data", data, "request", "add", f); code != 0 {
			t.Fatal(errOut)
		}
	}
	var res struct {
		ExpertID string `json:"expert_id"`
		Total    int    `json:"total"`
		Hits     []struct {
			RequestID  string  `json:"request_id"`
			ExternalID string  `json:"external_id"`
			Score      float64 `json:"score"`
		} `json:"hits"`
	}
	code, out, errOut := runCLI(t, "", "--data", data, "match", "--expert", "msk-1", "--json")
	if code != 0 || json.Unmarshal([]byte(out), &res) != nil || res.ExpertID != "msk-1" || res.Total != 1 ||
		res.Hits[0].RequestID != "req-1" || res.Hits[0].Score <= 0 {
		t.Fatalf("requests of msk-1: %d %q %q", code, out, errOut)
	}
	code, out, errOut = runCLI(t, "", "--data", data, "match", "--expert", "msk-1", "--similar", "--json")
	if code != 0 || json.Unmarshal([]byte(out), &res) != nil || res.Total == 0 || res.Hits[0].ExternalID != "bj-1" {
		t.Fatalf("similar to msk-1: %d %q %q", code, out, errOut)
	}
	if code, out, _ := runCLI(t, "", "--data", data, "match", "--expert", "msk-1", "--similar"); code != 0 ||
		!strings.Contains(out, "similar experts") || !strings.Contains(out, "bj-1") {
		t.Fatalf("text output: %d %q", code, out)
	}
	for _, args := range [][]string{
		{"--expert", "nobody"},
		{"--expert", "msk-1", "--text", "метро"},
		{"--similar", "--text", "метро"},
	} {
		if code, _, errOut := runCLI(t, "", append([]string{"--data", data, "match"}, args...)...); code == 0 || errOut == "" {
			t.Errorf("%v: %d %q", args, code, errOut)
		}
	}
}
