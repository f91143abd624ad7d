package wordnet

import (
	"slices"
	"testing"
)

// open opens the system's WordNet or skips: the database is a Debian
// package (wordnet-base), which .ci/run installs.
func open(t *testing.T) *WordNet {
	t.Helper()
	w, err := Open(DefaultDir)
	if err != nil {
		t.Skipf("WordNet not installed (apt-get install wordnet-base): %v", err)
	}
	t.Cleanup(func() { w.Close() })
	return w
}

func TestLemma(t *testing.T) {
	w := open(t)
	for form, want := range map[string]string{"won": "win", "took": "take", "feet": "foot", "wrote": "write", "flew": "fly", "walked": "",
		"offer": "offer", "women": "woman", "chairmen": "chairman", "omen": "", "specimen": ""} {
		if got := w.Lemma(form); got != want {
			t.Errorf("Lemma(%q) = %q, want %q", form, got, want)
		}
	}
}

func TestSynonyms(t *testing.T) {
	w := open(t)
	for word, want := range map[string]string{"resign": "step down", "referee": "ref", "attorney": "lawyer", "photo": "photograph"} {
		if got := w.Synonyms(word); !slices.Contains(got, want) {
			t.Errorf("Synonyms(%q) = %q, want it to hold %q", word, got, want)
		}
	}
	if got := w.Synonyms("qwzxv"); len(got) != 0 {
		t.Errorf("Synonyms of a non-word = %q, want none", got)
	}
	// the first and last entries of an index file are found too
	if got := w.Synonyms("zymurgy"); len(got) == 0 {
		t.Errorf("Synonyms(zymurgy) found nothing")
	}
}

func TestIsWord(t *testing.T) {
	w := open(t)
	for word, want := range map[string]bool{"much": true, "resigned": true, "countries": true, "kislyak": false, "mccane": false} {
		if got := w.IsWord(word); got != want {
			t.Errorf("IsWord(%q) = %v, want %v", word, got, want)
		}
	}
}

func TestKindOf(t *testing.T) {
	w := open(t)
	for _, c := range []struct {
		word, ancestor string
		want           bool
	}{{"passengers", "person", true}, {"firefighters", "person", true}, {"voters", "person", true},
		{"viewers", "person", true}, {"homes", "person", false}, {"acres", "person", false}} {
		if got := w.KindOf(c.word, c.ancestor); got != c.want {
			t.Errorf("KindOf(%q, %q) = %v, want %v", c.word, c.ancestor, got, c.want)
		}
	}
}

func TestRelated(t *testing.T) {
	w := open(t)
	for word, want := range map[string]string{"attendance": "attend", "dropout": "drop out", "resignation": "resign", "killed": "killing", "testified": "testimony"} {
		if got := w.Related(word); !slices.Contains(got, want) {
			t.Errorf("Related(%q) = %q, want it to hold %q", word, got, want)
		}
	}
	if got := w.Related("arrest"); slices.Contains(got, "containment") {
		t.Errorf("Related(arrest) = %q: a link of another word of its synset", got)
	}
}

func TestOpenMissing(t *testing.T) {
	if _, err := Open(t.TempDir()); err == nil {
		t.Fatal("Open of an empty directory succeeded")
	}
}

func BenchmarkSynonyms(b *testing.B) {
	w, err := Open(DefaultDir)
	if err != nil {
		b.Skip(err)
	}
	defer w.Close()
	words := []string{"resign", "attendance", "referee", "dealership", "wear"}
	for i := 0; b.Loop(); i++ {
		w.cache = map[string][]string{}
		w.Synonyms(words[i%len(words)])
	}
}

func TestNeighbours(t *testing.T) {
	w := open(t)
	got := w.Neighbours("kill")
	if !slices.Contains(got, "die") {
		t.Errorf("Neighbours(kill) = %v, want it to hold die (kill causes die)", got)
	}
	if len(w.Neighbours("qwxzy")) != 0 {
		t.Errorf("a non-word has neighbours")
	}
}

func TestPartsOfSpeech(t *testing.T) {
	w := open(t)
	for word, want := range map[string][]string{
		"originally": {"adv"},
		"roughly":    {"adv"},
		"actual":     {"adj"},
		"rent":       {"noun", "verb"}, // the noun, and the past of rend
		"testified":  {"verb"},
		"qwzxv":      nil,
	} {
		if got := w.PartsOfSpeech(word); !slices.Equal(got, want) {
			t.Errorf("PartsOfSpeech(%q) = %q, want %q", word, got, want)
		}
	}
}

func TestAntonyms(t *testing.T) {
	w := open(t)
	for word, want := range map[string]string{"alive": "dead", "open": "close", "win": "lose", "guilty": "innocent", "men": "woman"} {
		if got := w.Antonyms(word); !slices.Contains(got, want) {
			t.Errorf("Antonyms(%q) = %q, want it to hold %q", word, got, want)
		}
	}
	if got := w.Antonyms("plead"); len(got) != 0 {
		t.Errorf("Antonyms(plead) = %q, want none", got)
	}
}

func TestCausers(t *testing.T) {
	w := open(t)
	for word, want := range map[string]string{"learned": "teach", "die": "kill", "rise": "raise"} {
		if got := w.Causers(word); !slices.Contains(got, want) {
			t.Errorf("Causers(%q) = %q, want it to hold %q", word, got, want)
		}
	}
	if got := w.Causers("teach"); slices.Contains(got, "learn") {
		t.Errorf("Causers(teach) = %q: a cause runs one way", got)
	}
}

// TestCachedListsHaveNoSpareCapacity: a list the cache returns is shared,
// so a caller's append must copy it rather than write into it.
func TestCachedListsHaveNoSpareCapacity(t *testing.T) {
	w := open(t)
	for _, word := range []string{"install", "arrest", "car"} {
		for _, s := range [][]string{w.Synonyms(word), w.Synonyms(word), w.Neighbours(word), w.SynonymsInAnySense(word)} {
			if cap(s) != len(s) {
				t.Errorf("%q: a cached list of %d words has capacity %d", word, len(s), cap(s))
			}
		}
	}
}
