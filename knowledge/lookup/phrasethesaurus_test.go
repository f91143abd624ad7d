package lookup

import (
	"testing"

	"storybot/knowledge"
	"storybot/moby"
)

func TestPhraseThesaurus(t *testing.T) {
	lex := testLexicon(t)
	if lex == nil {
		t.Skip("no WordNet")
	}
	text := "Parade bands stuck in traffic\n\nLINDEN, Ohio (AP) — The Dover High School band left Dover at 8 a.m. Saturday and arrived in Linden at 11:40 a.m., long after the harvest parade began at 10 a.m., organizer Ruth Kowal said.\n\n" +
		"A tractor had stalled on the Main Street bridge, she said.\n\n" +
		"The village will pay $8,000 for new floats next year, and the county has agreed to contribute $2,500 toward a shuttle for the bands.\n\n" +
		"The county gave the bands $1,200 last year, Kowal said.\n"
	a, err := knowledge.Parse(text, knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := New(a, mobyLexicon{lex, moby.Open()})
	checkOpenings(t, e, []openingCase{
		// the article never says "show up" or "turn up"; the band arrived
		// at 11:40, not at 8, when it left (arrivalverb.go reads these two
		// as "arrive" before the thesaurus does)
		{"when did the dover band show up", "At 11:40 a.m.", nil, nil},
		{"when did the dover band turn up", "At 11:40 a.m.", nil, nil},
	})
	// the thesaurus relates "hand over" and "take over" to words of the
	// article, but nothing was handed over or taken over
	checkRefusals(t, e, "who handed over the trophy", "who took over the parade", "how many ppl turned out for the parade")
}

// A multi-word verb inflects its first word: its thesaurus root is that
// word's base with the rest as written.
func TestThesaurusRootsOfPhrase(t *testing.T) {
	lex := testLexicon(t)
	if lex == nil {
		t.Skip("no WordNet")
	}
	a, err := knowledge.Parse("Town pays\n\nLINDEN, Ohio (AP) — The town paid $5.\n", knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := New(a, mobyLexicon{lex, moby.Open()})
	for w, want := range map[string]string{"chipping in": "chip in", "showed up": "show up", "handing over": "hand over", "ran out": "run out"} {
		if got := e.thesaurusRoots(w); len(got) == 0 || got[0] != want {
			t.Errorf("thesaurusRoots(%q) = %v, want %q first", w, got, want)
		}
	}
}

// A multi-word verb known only by WordNet's synonyms of it is read
// through the thesaurus too, but never as the question's only evidence.
func TestThesaurusReadableKnownPhrase(t *testing.T) {
	lex := testLexicon(t)
	if lex == nil {
		t.Skip("no WordNet")
	}
	a, err := knowledge.Parse("Village buys floats\n\nLINDEN, Ohio (AP) — The village will pay $8,000 for floats, a deal the board approved.\n", knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := New(a, mobyLexicon{lex, moby.Open()})
	shell := term{lower: "shell out", stem: "shell", alts: []string{"deal"}, known: true, phrasal: true, phrases: [][]string{{"shell", "out"}}}
	village := term{lower: "village", stem: "villag", known: true}
	if q := (&query{terms: []term{shell, village}}); !e.thesaurusReadable(q, 0, multiWordTerm) {
		t.Error(`"shell out" with "village" beside it: want it read through the thesaurus`)
	}
	if q := (&query{terms: []term{shell}}); e.thesaurusReadable(q, 0, multiWordTerm) {
		t.Error(`"shell out" alone: the thesaurus would be its only evidence`)
	}
	derived := shell
	derived.derived = true
	if q := (&query{terms: []term{derived, village}}); e.thesaurusReadable(q, 0, multiWordTerm) {
		t.Error("a term whose alternatives are its own forms is no paraphrase to read")
	}
	if q := (&query{terms: []term{village, shell}}); e.thesaurusReadable(q, 0, multiWordTerm) {
		t.Error("a single word the phrase pass does not admit")
	}
}
