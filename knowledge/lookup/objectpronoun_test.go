package lookup

import (
	"testing"

	"storybot/knowledge"
)

// TestObjectPronounSubject: in the story's lead, "Jeff Sessions … after it
// was revealed that he had met with the Russian ambassador to the U.S.
// during Donald Trump's campaign", "he" is Sessions, named earlier in the
// same sentence, so the ambassador (named as Sergey Kislyak later) is
// whom he met, not Donald Trump.
func TestObjectPronounSubject(t *testing.T) {
	e := engineOf(t, knowledge.DefaultText())
	checkOpenings(t, e, []openingCase{
		{"who did sessions meet", "Sergey Kislyak", nil, nil},
		{"who did sessions meet with", "Sergey Kislyak", nil, nil},
	})
}
