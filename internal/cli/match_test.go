package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestMatchPrintsOneResultPerRequestInOrder(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	experts := strings.Join([]string{
		`{"external_id":"msk-1","name":{"ru":"Иванова Мария"},"city":"moscow","spheres":["transport.subway"],"keywords":{"ru":["тоннельная вентиляция","глубокие станции метро"]}}`,
		`{"external_id":"bj-1","name":{"zh":"张伟"},"city":"beijing","spheres":["public-health.epidemic-control"],"keywords":{"zh":["传染病预测模型"]}}`,
		`{"external_id":"bj-2","name":{"zh":"李娜"},"city":"beijing","spheres":["culture.museums"],"keywords":{"zh":["博物馆"]}}`,
	}, "\n") + "\n"
	if code, _, errOut := runCLI(t, "", "--data", data, "import", writeFile(t, dir, "e.jsonl", []byte(experts))); code != 0 {
		t.Fatal(errOut)
	}
	requests := `{"id":"req-2","description":"需要传染病预测模型方面的专家"}
{"id":"req-1","title":"вентиляция глубоких станций метро"}
`
	code, out, errOut := runCLI(t, "", "--data", data, "match", "--json", "--limit", "all", "--file", writeFile(t, dir, "r.jsonl", []byte(requests)))
	if code != 0 {
		t.Fatalf("match: %d %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d results, want 2:\n%s", len(lines), out)
	}
	for i, want := range []string{"req-2:bj-1", "req-1:msk-1"} {
		var res struct {
			RequestID string `json:"request_id"`
			Total     int    `json:"total"`
			Hits      []struct {
				ExternalID string  `json:"external_id"`
				Score      float64 `json:"score"`
			} `json:"hits"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &res); err != nil {
			t.Fatal(err)
		}
		if got := res.RequestID + ":" + res.Hits[0].ExternalID; got != want {
			t.Errorf("result %d: best %s, want %s", i, got, want)
		}
		if len(res.Hits) != 3 {
			t.Errorf("--limit all gave %d hits, want every expert (3)", len(res.Hits))
		}
		last := res.Hits[len(res.Hits)-1]
		if last.Score != 0 || res.Hits[0].Score <= 0 || res.Hits[0].Score > 1 {
			t.Errorf("scores %+v", res.Hits)
		}
	}
	// One request as text.
	code, out, errOut = runCLI(t, "", "--data", data, "match", "--json", "--text", "вентиляция глубоких станций метро")
	if code != 0 || !strings.Contains(out, `"request_id":"text"`) || !strings.Contains(out, `"external_id":"msk-1"`) {
		t.Fatalf("--text: %d %q %q", code, out, errOut)
	}
	// A bad request line is refused with its line number.
	code, _, errOut = runCLI(t, "", "--data", data, "match", "--file", writeFile(t, dir, "bad.jsonl", []byte(`{"id":"x","formats":["teleport"]}`+"\n")))
	if code == 0 || !strings.Contains(errOut, "bad.jsonl:1") {
		t.Fatalf("bad request: %d %q", code, errOut)
	}
}
