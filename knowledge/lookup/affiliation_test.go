package lookup

import "testing"

// A study story that identifies its researchers AP style, by name, age
// and an "of" phrase naming an institution, and a resident by her town.
const affiliationStory = `Study links bike lanes to fewer crashes

DENVER (AP) — Cities that added protected bike lanes saw fewer deadly crashes, a study released Monday found.

The study was led by Dr. Anna Brooks, 47, of the Colorado School of Public Health, and Raj Mehta, 39, of Denver Health.

Cyclist Lena Ford, 31, of Aurora, said the lanes changed her commute.
`

func TestAffiliationAnswersWorkplace(t *testing.T) {
	e := engineOf(t, affiliationStory)
	checkAnswers(t, e, []answerCase{
		{"where does anna brooks work", []string{"Colorado School of Public Health."}, nil},
		{"who does raj mehta work for", []string{"Denver Health."}, []string{"Colorado School of Public Health."}},
		// "of Aurora" is a hometown, no employer
		{"where does lena ford work", nil, []string{"Aurora."}},
	})
}
