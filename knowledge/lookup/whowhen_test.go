package lookup

import "testing"

// kennel is a short news story written for these tests, in no question
// set: a second litter told beside an earlier one, an idiom adverb, a date
// beside a relative time, an organisation's head named only by title, a
// winner with her age, and where an animal came from.
const kennel = `Guide-dog school celebrates rare litter of nine

FAIRVIEW, Ore. (AP) — A litter of nine Labrador puppies was born at the Harbor Guide Dogs kennel on Tuesday, the largest in the school's history, staff said Thursday.

Daisy's first litter, four puppies born in 2019, all went on to work as guide dogs.

The kennel will shut its old whelping barn by June 30, and next year's graduation is set for Oct. 4.

Harbor's executive director, Lena Ortiz, 49, said the school would keep two of the puppies for breeding. "Nine is a gift," she said.

Volunteer Sam Reed, 70, has run the puppy-raising classes since 2010.

The mother dog arrived in Fairview from the Cascade Kennel in Bend two years ago under a grant from the Guide Dog Fund.

Trainer Maya Chen, 31, won the school's training award for the third year.
`

// TestWhenAndWho checks when-questions against an earlier instance, an
// idiom and the question's own relative time, and who runs an
// organisation.
func TestWhenAndWho(t *testing.T) {
	e := engineOf(t, kennel)
	tests := []answerCase{
		// "the litter" is the story's: "Daisy's first litter" is another
		{"when was the litter born", []string{"Tuesday"}, []string{"2019"}},
		// "for good" is one adverb (WordNet), no word the article must use
		{"when does the barn shut for good", []string{"June 30"}, nil},
		// the question's own "next yrs" is given: the date is asked
		{"when's next yrs graduation", []string{"Oct. 4"}, nil},
		// a verb of directing an organisation asks for its leader by title
		{"who runs harbor", []string{"Lena Ortiz"}, nil},
		{"whos heading harbor", []string{"Lena Ortiz"}, nil},
		// "run" of no organisation is no leading: not the director
		{"who has run the classes", []string{"Sam Reed"}, []string{"Ortiz"}},
		// a fragment whose head is a person noun asks who: not her age
		{"training award winner?", []string{"Maya Chen"}, nil},
		// "where … from" asks the source, marked by "from", and a name that
		// holds the question's word ("Guide Dog Fund") is not the dog
		{"where did the mother dog come from", []string{"From the Cascade Kennel"}, []string{"From the Guide", "In Fairview."}},
	}
	checkAnswers(t, e, tests)
}
