package lookup

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"storybot/knowledge"
)

// benchQuestions are typical questions of each answer type.
var benchQuestions = []string{
	"Who is Sergey Kislyak?", "when did flynn resign", "how many times did sessions talk to kislyak",
	"what did flores say", "why did flynn resign?", "did mccain meet kislyak?",
	"who's older, sessions or flynn?", "whats the headline",
}

// BenchmarkAnswer measures answering in-process, on the story.
func BenchmarkAnswer(b *testing.B) {
	a, err := knowledge.Default(knowledge.Options{})
	if err != nil {
		b.Fatal(err)
	}
	e := New(a, testLexicon(b))
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		chatExpansions.reset() // each question as if new: no memo carried over from the last round
		if _, err := e.Answer(ctx, knowledge.Question{Text: benchQuestions[i%len(benchQuestions)]}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRead measures parsing and reading an article: the story, and
// the longest corpus article.
func BenchmarkRead(b *testing.B) {
	texts := map[string]string{"story": knowledge.DefaultText()}
	if t, err := os.ReadFile("../testdata/corpus/art-wildfire.txt"); err == nil {
		texts["wildfire"] = string(t)
	}
	for name, text := range texts {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				a, err := knowledge.Parse(text, knowledge.Options{})
				if err != nil {
					b.Fatal(err)
				}
				New(a, nil)
			}
		})
	}
}

// BenchmarkAnswerSets answers every question of the read sets and the
// corpus in knowledge/testdata, on warm engines (one per article), and
// reports the distribution of the time one answer takes: the sets are
// questions typed by other people, so their slow tail shows what the
// eight typical questions above may hide.
func BenchmarkAnswerSets(b *testing.B) {
	type item struct {
		e *Engine
		q string
	}
	lex := testLexicon(b)
	var items []item
	files, _ := filepath.Glob("../testdata/read/*/art-*_qa.jsonl")
	corpus, _ := filepath.Glob("../testdata/corpus/art-*_qa.jsonl")
	for _, f := range append(files, corpus...) {
		text, err := os.ReadFile(strings.TrimSuffix(f, "_qa.jsonl") + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		a, err := knowledge.Parse(string(text), knowledge.Options{})
		if err != nil {
			b.Fatal(err)
		}
		e := New(a, lex)
		qs, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(qs)), "\n") {
			var q struct{ Q string }
			if err := json.Unmarshal([]byte(line), &q); err != nil {
				b.Fatal(err)
			}
			items = append(items, item{e, q.Q})
		}
	}
	ctx := context.Background()
	for _, it := range items {
		it.e.Answer(ctx, knowledge.Question{Text: it.q}) // warm the lexicon's caches
	}
	times := make([]time.Duration, len(items))
	for b.Loop() {
		for i, it := range items {
			start := time.Now()
			if _, err := it.e.Answer(ctx, knowledge.Question{Text: it.q}); err != nil {
				b.Fatal(err)
			}
			times[i] = time.Since(start)
		}
	}
	slices.Sort(times)
	at := func(p int) float64 { return float64(times[len(times)*p/100].Microseconds()) / 1000 }
	b.ReportMetric(float64(len(items)), "questions")
	b.ReportMetric(at(50), "p50-ms")
	b.ReportMetric(at(90), "p90-ms")
	b.ReportMetric(at(99), "p99-ms")
	b.ReportMetric(float64(times[len(times)-1].Microseconds())/1000, "max-ms")
}
