package knowledge

import (
	"slices"
	"testing"
)

// TestBareNameStaysTheFirmAfterFounder checks that a story which calls a
// firm by its founder's surname before naming the founder goes on meaning
// the firm by the bare name after the founder's full mention, in
// sentences that speak of no person (no he or she), and that "Dairy" ends
// a firm's name. The article is written for this test, in no question set.
func TestBareNameStaysTheFirmAfterFounder(t *testing.T) {
	text := `Korda Dairy to close plant

ELMVALE, Minn. (AP) — Korda Dairy will close its Elmvale bottling plant in May, the company said Thursday.

Korda said lower milk sales had cut its income.

Korda, started in 1950 by Ivan Korda, sells cheese in three states.

Korda last closed a plant in 2011.
`
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	firm, ok := a.Entity("Korda Dairy")
	if !ok || firm.Kind != Organisation {
		t.Fatalf("want the organisation Korda Dairy, got %+v (%v)", firm, ok)
	}
	if !slices.Contains(firm.Paragraphs, 4) || !slices.Contains(firm.Aliases, "Korda") {
		t.Errorf("the firm's paragraphs %v and aliases %v lack ¶4's bare Korda", firm.Paragraphs, firm.Aliases)
	}
	if p, ok := a.Entity("Ivan Korda"); ok && (slices.Contains(p.Paragraphs, 4) || slices.Contains(p.Aliases, "Korda")) {
		t.Errorf("Ivan Korda is mentioned in %v with aliases %v; want no ¶4 and no bare Korda", p.Paragraphs, p.Aliases)
	}
}

// TestBareNameWithPronounStaysThePerson checks that a sentence speaking
// of a person by he or she keeps the bare surname for the founder.
func TestBareNameWithPronounStaysThePerson(t *testing.T) {
	text := `Korda Dairy to close plant

ELMVALE, Minn. (AP) — Korda Dairy will close its Elmvale bottling plant in May, the company said Thursday.

Korda, started in 1950 by Ivan Korda, sells cheese in three states.

Korda retired in 1990, and he died two years later.
`
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p, ok := a.Entity("Ivan Korda"); !ok || !slices.Contains(p.Paragraphs, 3) {
		t.Errorf("want Ivan Korda in ¶3, got %+v (%v)", p, ok)
	}
}
