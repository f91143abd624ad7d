package lookup

import (
	"context"
	"os"
	"sync"
	"testing"

	"storybot/knowledge"
)

// TestAnswerSetsConcurrent asks every question of the corpus articles
// (knowledge/testdata/corpus: six stories of different kinds) from four
// goroutines at once, each article on a fresh engine, and wants the answers
// a single goroutine gives. The engine builds its per-article indexes
// lazily on first use and the bot's workers share one engine, so these
// builds race with each other unless guarded; this is the test the race
// detector (`go test -race -short`, as .ci/run does) learns that from,
// across the many readers a few fixed questions never reach. TestFloor,
// which asks the same questions one at a time, is left to the run without
// -short.
func TestAnswerSetsConcurrent(t *testing.T) {
	arts, err := knowledge.ReadCorpus(os.DirFS("../testdata/corpus"))
	if err != nil {
		t.Fatal(err)
	}
	lex := testLexicon(t)
	ctx := context.Background()
	for _, ca := range arts {
		a, err := knowledge.Parse(ca.Text, knowledge.Options{})
		if err != nil {
			t.Fatalf("%s: %v", ca.Name, err)
		}
		want := make([]string, len(ca.Cases))
		seq := New(a, lex)
		for i, c := range ca.Cases {
			want[i] = ask(t, seq, knowledge.Question{Text: c.Q}).Text
		}
		shared := New(a, lex)
		const workers = 4
		var wg sync.WaitGroup
		for g := range workers {
			wg.Go(func() {
				// Each worker starts at a different question, so the first
				// uses of the lazy indexes overlap.
				for k := range ca.Cases {
					i := (k + g*len(ca.Cases)/workers) % len(ca.Cases)
					got, err := shared.Answer(ctx, knowledge.Question{Text: ca.Cases[i].Q})
					if err != nil || got.Text != want[i] {
						t.Errorf("%s: %q answered %q concurrently (err %v), %q alone", ca.Name, ca.Cases[i].Q, got.Text, err, want[i])
					}
				}
			})
		}
		wg.Wait()
	}
}
