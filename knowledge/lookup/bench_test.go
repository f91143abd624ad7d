package lookup

import (
	"context"
	"os"
	"testing"

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
