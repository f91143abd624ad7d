package lookup

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"storybot/knowledge"
)

// TestWordMemoBounded checks that a memo answers as the function does,
// computes each word once, copes with concurrent use and never holds
// more than maxMemo words.
func TestWordMemoBounded(t *testing.T) {
	var m wordMemo[int]
	var mu sync.Mutex
	calls := map[string]int{}
	f := func(w string) int {
		mu.Lock()
		calls[w]++
		mu.Unlock()
		return len(w)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 100 {
				w := fmt.Sprint("word", i)
				if got := m.get(w, f); got != len(w) {
					t.Errorf("goroutine %d: get(%q) = %d, want %d", g, w, got, len(w))
				}
			}
		})
	}
	wg.Wait()
	for w, n := range calls {
		if n > 4 {
			t.Errorf("%q computed %d times", w, n)
		}
	}
	for i := range maxMemo + 10 {
		m.get(fmt.Sprint("other", i), f)
	}
	if n := len(m.m); n > maxMemo {
		t.Errorf("the memo holds %d words, more than %d", n, maxMemo)
	}
}

// TestMemoisedAsComputed checks that the cached stems and written stems
// are those the stemmer and the article give.
func TestMemoisedAsComputed(t *testing.T) {
	a, err := knowledge.Parse("Title\n\nThe deaths were counted. The mayor resigned and left town. The emergency room was full.", knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := New(a, testLexicon(t))
	for _, w := range []string{"resign", "die", "leave", "count", "mayor", "zzz", "counting", "er"} {
		for range 2 {
			if got, want := stemOf(w), snowballStem(w); got != want {
				t.Errorf("stemOf(%q) = %q, want %q", w, got, want)
			}
			if got, want := e.writtenStems(w), e.findWrittenStems(w); !slices.Equal(got, want) {
				t.Errorf("writtenStems(%q) = %q, want %q", w, got, want)
			}
			if got, want := e.synonymPhrasesKnown(w), e.findSynonymPhrases(w); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("synonymPhrasesKnown(%q) = %q, want %q", w, got, want)
			}
		}
	}
	if got := measureOf(stemOf("miles")); got != "length" {
		t.Errorf("measureOf(miles) = %q, want length", got)
	}
	if !isDimension(stemOf("money")) || !isDimension(stemOf("weight")) || isDimension(stemOf("miles")) {
		t.Error("isDimension: money and weight are dimensions, miles is not")
	}
}

// TestSynonymPhraseKept checks the case the phrase cache exists for: "ER"
// asks for the "emergency room" the article writes.
func TestSynonymPhraseKept(t *testing.T) {
	a, err := knowledge.Parse("Title\n\nThe emergency room was full.", knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	lex := testLexicon(t)
	if lex == nil {
		t.Skip("no WordNet")
	}
	e := New(a, lex)
	for range 2 {
		got := e.synonymPhrasesKnown("er")
		if !slices.ContainsFunc(got, func(p []string) bool { return slices.Equal(p, []string{stemOf("emergency"), stemOf("room")}) }) {
			t.Errorf("synonymPhrasesKnown(er) = %q, want the emergency room", got)
		}
	}
}

// TestUnitStemsOneDimension checks what unitStems assumes: no two units
// of one stem measure different dimensions ("foot" and "feet" stem apart
// but measure one), so the table answers as stemming every unit did.
func TestUnitStemsOneDimension(t *testing.T) {
	dims := map[string]string{}
	for u, d := range measureUnits {
		st := stemOf(u)
		if o, ok := dims[st]; ok && o != d {
			t.Errorf("units of stem %q measure %s and %s", st, o, d)
		}
		dims[st] = d
		if got := measureOf(st); got != d {
			t.Errorf("measureOf(%q) = %q, want %q", st, got, d)
		}
	}
}
