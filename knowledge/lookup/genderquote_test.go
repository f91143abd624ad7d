package lookup

import (
	"strings"
	"testing"
)

// TestGenderFromQuotedName checks, on a short obituary written for this
// test, that a person named only inside a quotation takes no gender from
// the speaker's "she said", that a subject "He" is not the woman named
// after it, and that an object "him" is not the subject of its verb: the
// "He was 91." after his death is then his age.
func TestGenderFromQuotedName(t *testing.T) {
	e := engineOf(t, "Arlo Brandt, Kettle Falls locksmith, dies at 91\n\n"+
		"KETTLE FALLS, Wash. (AP) — Arlo Brandt, who fixed locks on Front Street for 50 years, died Tuesday at a hospice. He was 91.\n\n"+
		"Brandt was born in Spokane in 1934.\n\n"+
		"Neighbor Joan Pruitt called him patient. \"Brandt never rushed a job,\" she said.\n\n"+
		"He married Ruth Cole in 1958. She died in 2011.\n")
	checkAnswers(t, e, []answerCase{
		{"how old was brandt when he died", []string{"91"}, nil},
		{"how old was arlo brandt", []string{"91"}, nil},
	})
}

// TestDisjointPronounGender checks that a sentence-initial "He" and an
// object "him" give no gender to the person named in their own sentence:
// "He married Ruth Cole" does not make Ruth a man, nor does "Joan Pruitt
// called him patient" make Joan one.
func TestDisjointPronounGender(t *testing.T) {
	e := engineOf(t, "Arlo Brandt, Kettle Falls locksmith, dies at 91\n\n"+
		"KETTLE FALLS, Wash. (AP) — Arlo Brandt, who fixed locks on Front Street for 50 years, died Tuesday at a hospice.\n\n"+
		"Neighbor Joan Pruitt called him patient. Brandt never rushed a job.\n\n"+
		"He married Ruth Cole in 1958.\n")
	for _, name := range []string{"ruth cole", "joan pruitt"} {
		found := false
		for _, ent := range e.r.ents {
			if len(ent.forms) > 0 && strings.Join(ent.forms[0], " ") == name {
				found = true
				if ent.gender == 'm' {
					t.Errorf("%s read as a man", name)
				}
			}
		}
		if !found {
			t.Errorf("%s not read as an entity", name)
		}
	}
}
