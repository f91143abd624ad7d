package knowledge

import (
	"encoding/json"
	"os"
	"testing"
)

func TestDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	a, err := Default(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			t.Logf("P%d: %s", p.N, s)
		}
	}
	b, _ := json.MarshalIndent(struct {
		T, C string
		E    []Entity
		Q    []Quote
		V    []Event
	}{a.Title, a.Caption, a.Entities, a.Quotes, a.Events}, "", " ")
	t.Logf("%s", b)
}
