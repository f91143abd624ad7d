package knowledge

import (
	"context"
	"testing"
)

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	text := DefaultText()
	for b.Loop() {
		if _, err := Parse(text, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAnswer(b *testing.B) {
	l := NewLookup(mustDefault(b, Options{}))
	ctx := context.Background()
	qs := []Question{
		{Text: "Who is Sergey Kislyak?"},
		{Text: "When did Obama announce sanctions?"},
		{Text: "What did Sessions say at the confirmation hearing?"},
		{Text: "How tall is Michael Flynn?"},
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := l.Answer(ctx, qs[i%len(qs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func BenchmarkNewLookup(b *testing.B) {
	a := mustDefault(b, Options{})
	b.ReportAllocs()
	for b.Loop() {
		NewLookup(a)
	}
}
