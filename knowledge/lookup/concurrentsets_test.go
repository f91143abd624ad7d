package lookup

import (
	"context"
	"math/rand/v2"
	"os"
	"sync"
	"testing"

	"storybot/knowledge"
)

// TestAnswerSetsConcurrent asks every question of the corpus articles
// (knowledge/testdata/corpus: six stories of different kinds) from eight
// goroutines at once, each article on a fresh engine, and wants the answers
// a single goroutine gives. The engine builds its per-article indexes
// lazily on first use and the bot's workers share one engine, so these
// builds race with each other unless guarded; this is the test the race
// detector (`go test -race -short`, as .ci/run does) learns that from,
// across the many readers a few fixed questions never reach. TestFloor,
// which asks the same questions one at a time, is left to the run without
// -short.
func TestAnswerSetsConcurrent(t *testing.T) {
	lex := testLexicon(t)
	ctx := context.Background()
	for _, ca := range parsedCorpus(t) {
		a := ca.article
		want := make([]string, len(ca.Cases))
		seq := New(a, lex)
		for i, c := range ca.Cases {
			want[i] = ask(t, seq, knowledge.Question{Text: c.Q}).Text
		}
		shared := New(a, lex)
		const workers = 8
		var wg sync.WaitGroup
		for g := range workers {
			// Each worker asks the questions in its own order, so the
			// first uses of the lazy indexes overlap, and so do two
			// readings of one shared slice that the workers' many
			// lock-guarded caches would otherwise order one after the
			// other, hiding a race (an append into a shared slice's spare
			// capacity in roleSpeakers went unseen with four workers
			// in one rotated order).
			order := rand.New(rand.NewPCG(uint64(g), 1)).Perm(len(ca.Cases))
			wg.Go(func() {
				for _, i := range order {
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

// TestDescriptionsShareNoCapacity checks what makes describedBy safe to
// share: its slices have no spare capacity, so a caller's append copies
// instead of writing where another goroutine reads. TestAnswerSetsConcurrent
// finds such a write only when the race detector sees two goroutines meet
// there; this finds the capacity every time.
func TestDescriptionsShareNoCapacity(t *testing.T) {
	lex := testLexicon(t)
	for _, ca := range parsedCorpus(t) {
		e := New(ca.article, lex)
		for x, ent := range ca.article.Entities {
			if d := e.describedBy(x); cap(d) != len(d) {
				t.Errorf("%s: the descriptions of %s have spare capacity (%d of %d)", ca.Name, ent.Name, len(d), cap(d))
			}
		}
	}
}

// corpusArticle is an article of knowledge/testdata/corpus with its
// questions, parsed.
type corpusArticle struct {
	knowledge.CorpusArticle
	article *knowledge.Article
}

// parsedCorpus reads and parses the corpus articles (six stories of
// different kinds), failing the test when one cannot be.
func parsedCorpus(t *testing.T) []corpusArticle {
	t.Helper()
	arts, err := knowledge.ReadCorpus(os.DirFS("../testdata/corpus"))
	if err != nil {
		t.Fatal(err)
	}
	out := make([]corpusArticle, len(arts))
	for i, ca := range arts {
		a, err := knowledge.Parse(ca.Text, knowledge.Options{})
		if err != nil {
			t.Fatalf("%s: %v", ca.Name, err)
		}
		out[i] = corpusArticle{ca, a}
	}
	return out
}
