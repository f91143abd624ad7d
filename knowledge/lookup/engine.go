// Package lookup is storybot's deterministic answerer: it answers a
// question about one article from the article's own sentences, citing the
// paragraphs it uses, without a language model.
//
// It is a pipeline of typed stages, each in its own file:
//
//  1. reading.go (with namemonth.go), tokens.go, numbers.go (with adverbnotunit.go, onlyone.go, monthcomma.go, votetally.go, prepositionhead.go), roles.go (with agerefs.go, agebackref.go, partofsum.go,
//     companyref.go (with nearesthead.go), orgsuperordinate.go, ofinitials.go, inflection.go, identifier.go, spelledmeasure.go, formaltitle.go,
//     compoundunit.go, groupsize.go (with hedgedgroup.go), speedunit.go, indefinitemeasure.go,
//     premodage.go, nounappositiveage.go, possessiverole.go, numeralnoun.go, givenname.go, leadcompanytitle.go,
//     namedphenomenon.go, delayedlead.go (with identifiedas.go, lowercaseperson.go, ageheadnoun.go, twodescribedlead.go), delayedbody.go, repeatedact.go, agedidentified.go, genderquote.go, delayedargument.go, placeref.go, sharedsurname.go,
//     ratio.go, ratioarticle.go, taggedword.go, bydimension.go, pluralrole.go, mixedhalf.go, clausematepronoun.go,
//     chatthousands.go, premodifiedrole.go, thosepartitive.go, copularrole.go,
//     phraseoperator.go, leadrole.go, titleref.go, definitelead.go, frontedpartitive.go, numeralpartitive.go, approximatedwhole.go, headcount.go,
//     infantage.go, saidnotitle.go, closedagent.go; the names themselves from
//     package knowledge, whose particlename.go keeps "de Graaf" whole,
//     descriptivegenitive.go "Children's Hospital" and "Sheriff's Office",
//     coordinatedorgname.go "Department of Fish and Wildlife" and "Bureau
//     of Alcohol, Tobacco, Firearms and Explosives" whole, firmand.go
//     "Smith and Bellamy Construction" as one firm,
//     appositivebody.go "Tatum Greer, a London practice" as a business,
//     establishmentappositive.go "Tull Provisions, a sandwich shop" as one too,
//     placeledname.go "Salish Sea Excursions", led by a place's name, as one,
//     commaapposition.go reads no name after a comma as a noun's kind,
//     quotedtitlename.go none from a quoted title opening with a demonym
//     and attributionsubject.go no "…, the chief said" as an appositive;
//     repeatedtitle.go reads "said Ranger Cole" as the Amy Cole the
//     article introduced with that title, loweragent.go "Rower Isla Grant"
//     as Isla Grant when the story also writes "rowers", frontedsaid.go
//     "Said Chief Nolan Reyes: …" as said by the subject after the verb,
//     officertitle.go "Warden Hunter Ames" as Hunter Ames with a title,
//     wordsof.go "In the words of Wes Booth, …" as said by Booth,
//     saidopener.go no "Added" in "Added Deputy Chief Bob Ruiz:"'s title,
//     monthgivenname.go "said grower June Okafor" as a woman, not a month,
//     coordinatedmonthname.go "Harold and June Whitacre" as two given names,
//     givenstate.go "Rick Salazar, Nebraska legislative director" as a
//     person, not a town,
//     decadephrase.go "In the 1970s Delacroix struggled" as a person, not a
//     team named after "the", familyplural.go "the Haugens" as a family, so
//     the person of that surname stays a person, loweragent.go also
//     "Geologist Priya Raman" by the -ist of an occupation alone):
//     the article read into sentences with
//     tokens and stems, the entities each names or refers to by pronoun or
//     by a description only they fit ("the 19-year-old", "the company"),
//     its numbers with what they count, what it calls each person, the
//     words it writes in every inflection;
//  2. query.go (with functiontypo.go, soundalikeverb.go, polaralternative.go, droppedg.go, whdropped.go, particlenoun.go, predicativedone.go, inchoativeen.go, generalordinal.go,
//     personsynonym.go, adjunctorder.go, compare.go, comparative.go, descriptions.go (with reportedintro.go, propermodifier.go),
//     clipping.go (with compoundhyponym.go, collocationkind.go), senseabbrev.go, foreclipping.go, hyphenclip.go, neutral.go, phrasal.go, referent.go (a bare pronoun's story antecedent; with boundpronoun.go, namedthing.go, groupspeaker.go), additive.go,
//     sourceclause.go, epithet.go, passeuphemism.go, defeatverb.go, directingverb.go, arrangedverb.go, phaseexpression.go, publichearer.go, unanimousdecision.go,
//     amountverb.go, moneyframe.go, moneytransfer.go, phrasalbase.go, countedverb.go,
//     changeterm.go, countgloss.go, agentgloss.go, glossedword.go, strandedgloss.go, gradedform.go, actnouncompound.go,
//     elidedcount.go, relationholder.go, additionalmember.go,
//     relclauseend.go, articlephrasal.go (with phrasalsense.go (with namedparticleobject.go), articlesplitverb.go), verbidiom.go (with ../../wordnet/exampleverb.go),
//     idiomaticphrasal.go, reactionverb.go, passivelight.go (with eventivepassive.go),
//     titleobject.go, antonymsynonym.go, possessedrelation.go,
//     kinshipcompound.go, nounlinks.go, narrowerknown.go (with ../../wordnet/broader.go), whatcontraction.go, remainstill.go, restasked.go,
//     irregularpast.go, sameordinal.go, pluralref.go,
//     operatorwhen.go, hoursasked.go, durationverb.go, timeclauseanchor.go (with anchorentity.go), privativegiven.go, conativegiven.go, ratehead.go, earnedsum.go,
//     agequestion.go, describedhome.go, risingmeasure.go (the "go" of "how high did it go"), lightprep.go, leadsubject.go, initialphrase.go, dottedchat.go, untilclip.go, indefinitefirst.go,
//     votedno.go, listedplural.go, giftverb.go, moneynoun.go,
//     changerate.go, gradedsynonym.go (with coantonym.go), changevariation.go, ranknumber.go, forecastverb.go,
//     figurenoun.go, rolenouncue.go, attributiveold.go,
//     causedcount.go, determinedobject.go, baregenitive.go, chatgenitive.go,
//     countprephead.go, countedonly.go, deadcount.go, verbfocus.go, presencecount.go (with arrivalverb.go), pronounpartitive.go, compoundanaphor.go, lastordinal.go, seriesbound.go, cuephrasal.go, dimensionunit.go, motionspeed.go,
//     irregularlemma.go, compulsion.go, splitparticle.go, openparticlenoun.go, behindcause.go, takenpost.go, startedpost.go, involvedcount.go, rankamplifier.go;
//     byline
//     questions in meta.go): the
//     question understood as a
//     query: the answer type it expects, the entities it names (by name,
//     by a description such as "the hospital boss", by a pronoun meaning
//     the story's subject), its content terms and their weights (chat's
//     shortened words, multi-word verbs), the alternatives of a choice,
//     the sides of a comparison and the dimension its comparative grades;
//  3. rank.go (with sceneset.go, particleidiom.go, ownword.go, pastreport.go, earlieroccasion.go, measuredafter.go, pastdatedact.go, undatedownact.go,
//     yeardatedoccasion.go, pricedfigure.go, nameword.go, continuing.go): candidate sentences
//     ranked by BM25 and the entities named (a verb asked meets no
//     idiomatic multi-word verb it begins: "shut" not "shut off");
//  4. extract.go (with quantity.go (with marginamount.go, marginpercent.go, elidedhead.go (with pronounantecedent.go), goalfirstchange.go, earliersource.go, presentstate.go, phrasalhypernym.go, troponymcount.go, classcount.go, zeroplural.go, closedcompound.go, opencompoundunit.go, continuingcount.go, startedcount.go, agentcount.go, agentpeople.go, actnounpeople.go, askedmembers.go, aboardcount.go, membercount.go, countedhead.go, resultnouncount.go, askednounshare.go), norm.go, numbertime.go, frequency.go,
//     instance.go, called.go (with commonname.go), speech.go (with compoundkind.go, compoundrole.go, membersaid.go, itsrole.go, collectivespeaker.go, possessedrelative.go), places.go (with offplace.go, verbplace.go, objectplace.go, sourcephrase.go, plannedplace.go, letterednumeral.go, unknownhometown.go, placedrole.go, placednoun.go, possessedhome.go), actfrom.go (with motionfrom.go, timeelement.go), times.go (with undatedact.go, oppositetold.go, paragraphtime.go),
//     timeactor.go, spanrange.go, yesno.go (with precedence.go, operationstate.go, nounpostmodifier.go, ingpremodifier.go, gradedcompared.go, keptstate.go), noinfinitive.go, yesnoside.go, clausesubject.go, altnoun.go, otherwords.go (with genusadjective.go, sharedsense.go), intention.go, antonym.go (with absentpresence.go, inheritedantonym.go), failure.go, refusedact.go (with settledahead.go), failedobject.go,
//     choice.go (with connectiveorder.go), followedrank.go, choiceactor.go, doer.go (with medialtime.go, passivethingsubject.go), whichkind.go (with agencyhead.go, possessorrole.go), definite.go,
//     coordinated.go, pluralmembers.go, leaders.go (with establishmentrun.go, inchargeof.go), intransitiveuse.go, participleclause.go,
//     subjectiveof.go, meta.go (the timeline package knowledge dates: its storyday.go, eventlater.go, pastperfectday.go), thingage.go (with origindecade.go), describedmeasure.go,
//     dimensionnoun.go (with personmeasure.go), patient.go, apposname.go, clocktime.go (with clocknoon.go, clockrange.go),
//     amounthead.go (with fragmentamount.go, presentverbhead.go, pricedgerund.go), whichnoun.go (with
//     apposednames.go, sharedhead.go, whichmodifier.go), identifiernumber.go, costsubject.go, patientnoun.go,
//     basedplace.go, residence.go, duringtime.go, commondoer.go,
//     actorsubject.go, appointeddoer.go, firsttime.go (with firstinspan.go), timerelation.go, datedchange.go,
//     appositivesubject.go, actat.go, deathcause.go, clockevent.go, occasions.go,
//     changeadverb.go, apposedwhen.go, specifiedtime.go, demonstrativetime.go, sequencedclause.go, clausecomma.go, conjunctclausetime.go, dayschedule.go, yardstick.go, yardstickowner.go, goalfirst.go, sumverb.go,
//     clausetime.go (with premodifiedsubject.go, pronounsubject.go), coordinatedtime.go (with meridiemend.go, fromuntil.go, pairedends.go), figurerange.go,
//     postmodifiertime.go, definitename.go, relplace.go, placing.go, definiteplace.go,
//     movedplace.go, daterange.go, firstreference.go, strandedgoal.go, conveyverb.go, goalhead.go,
//     designation.go, describedbyappositive.go,
//     positionmeasure.go (with bearingto.go), bearingasked.go, substancemeasure.go, oppositemodifier.go, sizepeople.go, windforce.go,
//     quakemagnitude.go, gappedcount.go, fusedcount.go, deniedcount.go, dimensionof.go (with risingmeasure.go),
//     metricconversion.go, possessedact.go,
//     agefigure.go, coordinatedcount.go, pairedchange.go, morechoice.go,
//     commonpatient.go, conjoinedpassive.go, pronounactor.go, reportedidentity.go, betweenrange.go, sincespan.go,
//     progressiveframe.go, listrequest.go, nextstep.go, plannedact.go, instrument.go, materialmade.go (with materialpremod.go),
//     passiveagent.go (with wholename.go, ingpostmodagent.go, agentcomment.go, agentinstitution.go, agentleader.go, partitiveagent.go, collectiveagent.go), paraphrasedsource.go, lateagent.go, commaparticiple.go, nominalagent.go, lightnominal.go (with oper1verb.go), pronounundergoer.go, describedpatient.go, stance.go,
//     objectwho.go, describedpossessor.go, propercount.go,
//     reportedclause.go, clauseobject.go, undergoer.go, narroweract.go,
//     sharedsubject.go, changeperiod.go,
//     topicabout.go, longadverb.go, halfmeasure.go, actpostmodifier.go,
//     timeofday.go, adjectivehead.go, durationspan.go,
//     relativeagent.go (with ofphrasehead.go), possessedgoal.go, measuregenitive.go,
//     placewhich.go, appositiveplace.go, thingpatient.go, deictictime.go,
//     boundedduration.go, verbbound.go, pairedduration.go, gerunddoer.go, moveddate.go,
//     anchortime.go, changelevel.go, chargemodifier.go, convictedof.go,
//     verdicttold.go, groupmembers.go, irregularplural.go, orgbase.go, appositivebase.go,
//     ownseries.go, percenthead.go, pricedthing.go,
//     ratefor.go, periodamount.go, scalepoint.go, teamrecord.go,
//     objectnotdoer.go, objectcomma.go, wholeact.go, postmodpassive.go, changedcount.go,
//     placelist.go, comparisondomain.go, thingpredicate.go,
//     bodypatient.go, compoundhead.go, topiccost.go, futurefigure.go,
//     grownsize.go, measuredbearing.go, bearingplace.go, pastyear.go,
//     lastsince.go, pastmanner.go, countedshare.go, ratioarticle.go, suminphrase.go, sumsinphrase.go,
//     titlelevel.go, monthword.go, causedchange.go, resultcount.go,
//     superlativesince.go, statalpassive.go, measuredsubject.go,
//     relativeowner.go, kindcount.go (with kindlemma.go),
//     militaryrank.go, roleexact.go, reportedit.go, airlinename.go,
//     storyevent.go, headlinetime.go, futuredone.go, askedordinal.go,
//     remainderclause.go, substancesum.go, givenasktime.go,
//     relativetime.go, dayrange.go, contestparty.go, affiliation.go,
//     closeaffiliation.go, jobworkplace.go, orgnameand.go, genitiveemployer.go (with definitepossessor.go), definiteemployer.go,
//     censuspopulation.go, amountmodifier.go, paidfor.go, particlebound.go,
//     indefiniteplace.go, commonplacekind.go (with positionprep.go), placechain.go, namedhead.go, placedwho.go, recordholder.go,
//     pastfirst.go, pastwhen.go, pastdoer.go, detachedparticiple.go, indirectfigure.go, genitivenominal.go,
//     headlinedoer.go, agentchain.go, verbobject.go,
//     strandedfor.go, numberedgroup.go,
//     closedquote.go, timerate.go, intervalclause.go, propit.go,
//     nameddimension.go, relativesubject.go, closeapposition.go, closename.go, namingsentence.go,
//     equativemeasure.go, agentnounbody.go, betweenand.go,
//     conditionfigure.go, leadfigure.go,
//     postmodcount.go, barerole.go, agentdoer.go, nameddescribed.go (the name when the article gives it later), agentapposed.go, compoundmembers.go,
//     personcompound.go, fusedsubject.go, placepostmod.go, remainderact.go, unnamedantecedent.go;
//     for reasons and outcomes reasonclause.go (with judgingclause.go), causedeffect.go, causeofanaphor.go,
//     actstated.go, proposalfate.go, acquittedof.go, motionget.go, causedby.go,
//     actincause.go, causeword.go, causalled.go, timeadjunct.go, causedmotion.go,
//     causeparagraph.go, juxtaposedreason.go, reasonfirst.go, causenoun.go,
//     attributedcause.go, toblame.go; for
//     quotations reportedtopic.go, offtopicwords.go, ownwordsfirst.go, speakeraffiliation.go, topicrelation.go,
//     spokenfor.go, hearerspeaker.go, nocomment.go, quoteframe.go, subjectreach.go; for yes
//     and no voice.go, describedyesno.go, verbgroup.go (with abilitynegation.go, nonepartitive.go, negatedany.go), prevented.go,
//     possibility.go, ownpossessive.go, carried.go, predparticle.go,
//     chargeverdict.go, quotedverdict.go, figurebound.go, hopedfigure.go, requestedfigure.go,
//     nonperson.go, directive.go, onlypart.go, copulanegation.go,
//     prioroccasion.go (with recurrence.go), addedthing.go,
//     possessedspeaker.go, possessorsurname.go, amplifierhead.go,
//     unanimous.go, tallycount.go, partytally.go,
//     partyhometown.go, homeyesno.go,
//     ruledout.go, negatedscope.go, denialsubject.go, deniedclause.go,
//     excludedalternative.go, deniedknowledge.go,
//     negatedother.go, inquiryobject.go, nounmodifierverb.go,
//     lifestate.go, superlativeholder.go, pronounalternative.go,
//     altpremodifier.go, sumgrade.go): the
//     answer of the expected type taken from the best
//     candidates (a person who did the act asked, a number with its unit,
//     a thing's age or measure,
//     a rate, a named instance, a date, a place, a reason, a quotation, a
//     yes or no, one of two alternatives, the headline or the photo
//     credit);
//  5. decide.go (with leftopen.go, widen.go, glossoverlap.go, thesaurusrelated.go (Moby Thesaurus II, package moby; with phrasethesaurus.go), pastpossible.go, aimedact.go, unknownrole.go, directedwh.go,
//     unnamedplace.go, madeartifact.go, possessedhead.go, conversestates.go, otherobject.go,
//     countedmodifier.go, unnamedreferent.go):
//     whether the evidence
//     answers the question at all (a sentence that denies the act, tells
//     it as another's, or only as possible, answers no wh-question that
//     takes it for granted), and
//     before refusing, a second reading of the question's words in their
//     other WordNet senses, or as the words Moby Thesaurus II relates to them;
//  6. write.go: the reply, direct answer first, with its citations.
//
// Word lists live in words.go, each naming its source. WordNet, through the
// Lexicon interface (package wordnet), supplies irregular forms, synonyms,
// derived forms, broader terms and which nouns name kinds of people.
// memo.go keeps the pure functions of a word that answering repeats (stems,
// the article's forms of a word); litgate.go runs an interrogative pattern
// only on a question holding a word every match of it contains.
package lookup

import (
	"context"
	"slices"
	"strings"
	"sync"

	"storybot/knowledge"
)

// Engine answers questions about one article. It is safe for concurrent
// use once built.
type Engine struct {
	a        *knowledge.Article
	lex      Lexicon
	noLex    bool       // made without a Lexicon: lex is noLexicon
	th       Thesaurus  // the lexicon's thesaurus, when it has one (thesaurusrelated.go)
	counts   WordCounts // the lexicon's corpus counts, when it has them (taggedword.go)
	r        *reading
	roles    [][]role         // per entity, what the article calls them
	roleToks [][]token        // per entity, the words of all its roles
	classed  map[int][]string // a named thing → the nouns the article classes it by and nothing else by (classed.go)

	descRefs map[[2]int]int // sentence and token of a description ("the 16-year-old", "the city manager") → the person it refers to
	byAge    map[int][]int  // an age → the people the article gives it (agerefs.go)

	introOnce sync.Once
	intros    [][]token // per person, what the article introduces them as; read on first use

	written      wordMemo[[]string]   // writtenStems of the words looked up so far
	phrasesKnown wordMemo[[][]string] // synonymPhrasesKnown of the words looked up so far
	graded       wordMemo[[]string]   // gradedKnown of the words looked up so far
	gathered     wordMemo[[]string]   // gatheringSizeKnown of the words looked up so far
	defined      wordMemo[[][]string] // agentGlossPhrasesKnown of the words looked up so far
	verbKinds    wordMemo[[][]string] // articleVerbsFor of the words looked up so far
	glossedBy    wordMemo[[]string]   // definedByKnown of the words looked up so far

	glossOnce   sync.Once
	glossIdx    map[string][]string // the article's words by the words of their definitions (glossedword.go); read on first use
	glossSenses []glossSense        // every definition of the article's words (glossoverlap.go); read with glossIdx

	openOnce   sync.Once
	openMarked []bool // per sentence, whether it marks an answer unknown (leftopen.go); read on first use

	verbsOnce sync.Once
	phrasals  []articleVerb // the multi-word verbs the article writes; read on first use

	actWordsOnce sync.Once
	actWords     []sameActWord        // the article's verbs, one and multi-word (sameactbridge.go); read on first use
	sameActs     wordMemo[[][]string] // sameActKnown of the question verbs looked up so far

	defeatsOnce sync.Once
	results     []defeat // the defeats the article tells (contestparty.go); read on first use

	changeOnce  sync.Once
	changeWords []changeWord // the article's words of calibratable change (changeterm.go); read on first use

	antonymOnce sync.Once
	antonymIdx  map[string][]string // the article's words by their WordNet antonyms (inheritedantonym.go); read on first use

	yearParasOnce sync.Once
	yearParas     map[yearPara]bool // the paragraphs (part, para) that write a year (premodifieryear.go); read on first use

	personUnitsOnce sync.Once
	personUnitList  []string // the nouns the article counts persons by (peoplebykind.go); read on first use

	patientVerbsOnce sync.Once
	patientVerbList  []patientVerb // the active verbs whose object counts persons, with their -ee nouns (patientagent.go); read on first use

	kindOnce sync.Once
	kindIdx  [2]map[string][]string // the article's words by the words at most two, and one, hypernym links above them (narrowerknown.go); read on first use
}

// Lexicon knows English words beyond the article: the base forms of
// irregular words and synonyms. The wordnet package implements it.
type Lexicon interface {
	// Lemma returns the base form of an irregular word ("won" → "win"),
	// or "" when the word is regular or unknown.
	Lemma(word string) string
	// Synonyms returns words of the same meaning in common senses.
	Synonyms(word string) []string
	// SynonymsInAnySense returns words of the same meaning in any
	// sense, rare ones too.
	SynonymsInAnySense(word string) []string
	// NounSynonymsInAnySense is SynonymsInAnySense over the word's noun
	// senses only ("the stock" is no "carry")
	NounSynonymsInAnySense(word string) []string
	// VerbSynonymsInAnySense is SynonymsInAnySense over the word's verb
	// senses only.
	VerbSynonymsInAnySense(word string) []string
	// SharesAttestedSense reports whether syn shares one of word's
	// common senses in a sense common or attested for syn itself.
	SharesAttestedSense(word, syn string) bool
	// SenseShare is the largest share of syn's SemCor-tagged uses that a
	// sense shared with word takes, or -1 when unknown.
	SenseShare(word, syn string) float64
	// IsWord reports whether word is an English word, so not a
	// misspelling of a name.
	IsWord(word string) bool
	// KindOf reports whether a noun names a kind of ancestor
	// ("passengers" of "person").
	KindOf(word, ancestor string) bool
	// SiblingKindOf reports whether a noun names a kind of what another
	// noun is a kind of ("sailboat" of "boat": both vessels).
	SiblingKindOf(word, head string) bool
	// LowerCasePerson reports whether a noun written in lower case names
	// a kind of person ("pole" does not, though "Pole" does).
	LowerCasePerson(word string) bool
	// Related returns the word's derivationally related forms
	// ("attendance" → attend).
	Related(word string) []string
	// Neighbours returns the words one semantic link away: broader terms,
	// what a verb entails or causes ("kill" → die).
	Neighbours(word string) []string
	// NounNeighbours is Neighbours over the word's noun senses only
	// ("stock" → capital, not the verb's "fit").
	NounNeighbours(word string) []string
	// Antonyms returns the words of opposite meaning ("alive" → dead,
	// "win" → lose).
	Antonyms(word string) []string
	// OpposedAdjectives returns the adjectives of the cluster opposite
	// the word's: the antonym of its head and that antonym's satellites
	OpposedAdjectives(word string) []string
	// PartsOfSpeech returns the parts of speech ("noun", "verb", "adj",
	// "adv") the word can be.
	PartsOfSpeech(word string) []string
	// Causers returns the verbs whose act causes the verb's ("learn" ←
	// teach, "die" ← kill).
	Causers(word string) []string
	// InformalFor returns the words a colloquial noun is an informal term
	// for ("dad" → father).
	InformalFor(word string) []string
	// Narrower reports whether word names a kind or a manner of broader,
	// or an act that entails it ("guard" of "person", "murder" of
	// "kill").
	Narrower(word, broader string) bool
	// Glosses returns WordNet's definitions of word as part of speech p,
	// most frequent sense first ("attendance" as a noun: … "the number
	// of people that are present").
	Glosses(word, p string) []string
	// Intransitive reports whether a verb in its most frequent senses
	// takes no object ("retire", "die"; not "arrest").
	Intransitive(verb string) bool
	// Creates reports whether a verb has a sense of making a work
	// (WordNet's verb.creation: "write", "paint", "conduct", "do").
	Creates(verb string) bool
	// ProperOnly reports whether WordNet knows a word only as a proper
	// noun, spelled with a capital in every sense ("Newport"; not "park").
	ProperOnly(word string) bool
}

// Thesaurus relates words a thesaurus lists together, beyond WordNet's
// synonyms and links ("spot" and "locate", "cost" and "pay"). A Lexicon
// that also is a Thesaurus (as cmd/bot's WordNet with Moby Thesaurus II,
// package moby) lends it to the engine.
type Thesaurus interface {
	// Has reports whether the thesaurus lists w as a root.
	Has(w string) bool
	// Associates returns the roots related to root w with a strength
	// (the cosine of their lists) of at least min, best first.
	Associates(w string, min float64) []string
}

// New reads a once and returns its answerer. lex may be nil: irregular
// forms and synonyms then go unrecognised (noLexicon).
func New(a *knowledge.Article, lex Lexicon) *Engine {
	e := &Engine{a: a, lex: lex}
	if lex == nil {
		e.lex, e.noLex = noLexicon{}, true
	}
	if th, ok := lex.(Thesaurus); ok {
		e.th = th
	}
	if wc, ok := lex.(WordCounts); ok {
		e.counts = wc
	}
	e.r = read(a, e.lemmatize, e.namesBusiness, e.nounKindOf)
	e.r.bases = e.irregularBases()
	e.resolveClassed() // before the roles: "the team's manager" names the team (apposedclass.go)
	roles := make([][]role, len(a.Entities))
	for x, ent := range a.Entities {
		if ent.Kind == knowledge.Person {
			roles[x] = e.readRoles(x)
			for k := range roles[x] {
				roles[x][k].words = append(e.roleWords(roles[x][k].text), e.referentOfRole(roles[x][k])...)
			}
		}
	}
	e.roles = roles
	roleToks := make([][]token, len(a.Entities))
	for x := range a.Entities {
		roleToks[x] = slices.Clip(e.describedBy(x)) // shared by every goroutine: an append must copy it
	}
	e.roleToks = roleToks
	e.resolveWorks()
	e.resolveDescriptions()
	e.resolveDelayedLead()
	e.resolveDelayedBody()
	e.resolveRepeatedAct()
	e.resolveAges()
	e.ageBackReferences()
	e.resolveCompanyKind()
	e.resolveOrgSuperordinates()
	e.resolveNamedPhenomenon()
	e.readGroupSizes()
	e.readCentPrices() // "raised the fare by 40 cents": a sum of money (centprice.go)
	e.dropVerbUnits()  // "a flock of 23 seen near …": no unit "seen" (verbunit.go)
	return e
}

// lemmatize gives irregular forms the stem of their base form, so that
// "won" meets "win" and "flew" meets "flying". The written form still
// meets itself: many irregular forms are base forms too ("rent" of rend
// is also the noun rent, "left" of leave also the side).
func (e *Engine) lemmatize(toks []token) []token {
	if e.noLex {
		return toks
	}
	for i := range toks {
		if l := e.lex.Lemma(toks[i].lower); l != "" && !strings.Contains(l, " ") {
			toks[i].parts = append(toks[i].parts, toks[i].stem)
			toks[i].stem = stemOf(l)
		}
	}
	return toks
}

// partialYesNo opens the reply to a yes/no question whose best sentence
// holds only part of what was asked.
const partialYesNo = "The article does not say so."

// Answer implements knowledge.Answerer. It returns
// knowledge.ErrQuestionTooLong for questions over MaxQuestionBytes and
// knowledge.ErrEmptyQuestion when nothing is left once mentions,
// punctuation and white space are stripped. A question the article does
// not answer gets an Answer with Found false.
func (e *Engine) Answer(ctx context.Context, q knowledge.Question) (knowledge.Answer, error) {
	if len(q.Text) > knowledge.MaxQuestionBytes {
		return knowledge.Answer{}, knowledge.ErrQuestionTooLong
	}
	text := cleanQuestion(q.Text)
	if len(tokenize(text)) == 0 {
		return knowledge.Answer{}, knowledge.ErrEmptyQuestion
	}
	text = e.namedChatWords(text)       // "dakota tech": the article's name, not "technician" (namedchat.go)
	text = e.swappedFunctionWords(text) // "who's teh ceo" (functiontypo.go)
	text = e.soundalikeVerbWords(text)  // "who one the race" (soundalikeverb.go)
	text = e.droppedGWords(text)        // "how fast was he goin" (droppedg.go)
	text = e.whDroppedStart(text)       // "wen did he resign" (whdropped.go)
	text = e.bareWhFragment(text)       // "what county" (whfragment.go)
	if err := ctx.Err(); err != nil {
		return knowledge.Answer{}, err
	}
	ans := e.answerParts(text, q.History)
	ans.Question = q.Text
	ans.Mode = knowledge.ModeLookup
	if ans.Citations == nil {
		ans.Citations = []knowledge.Citation{}
	}
	return ans, nil
}

// cleanQuestion strips Slack mentions and markup from a question.
func cleanQuestion(s string) string {
	for {
		i := strings.Index(s, "<")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], ">")
		if j < 0 {
			break
		}
		s = s[:i] + " " + s[i+j+1:]
	}
	s = slackMarks.Replace(s)
	return strings.TrimSpace(s)
}

// slackMarks drops Slack's bold, code and strike marks and reads its
// italic underscores as spaces; built once (see straightQuotes).
var slackMarks = strings.NewReplacer("*", "", "_", " ", "`", "", "~", "")

// answerParts answers each part of a multi-part question and joins them.
func (e *Engine) answerParts(text string, history []knowledge.Turn) knowledge.Answer {
	text = askedClause(text)
	if r, ok := e.confirm(text, history); ok {
		return r.answer() // "X, then Y - is that the gist?": each claim checked
	}
	if r, ok := e.byDay(text); ok {
		return r.answer() // "walk me thru the week - mon, tue, wed?": each day's events
	}
	if r, ok := e.analogy(text); ok {
		return r.answer() // "did sessions resign like flynn did?"
	}
	if r, ok := e.sameness(text); ok {
		return r.answer() // "X and Y - are those about the same thing?"
	}
	if r, ok := e.exclusive(e.understand(text, history)); ok {
		return r.answer() // "who wants an inquiry - just democrats?": one question, its focus after the dash
	}
	parts, compared := e.questionParts(text, history)
	if r, ok := e.figuresCompared(text, parts, compared, history); ok {
		return r.answer() // "births now vs 10 yrs ago", "more counts convicted or acquitted?"
	}
	if len(parts) == 1 {
		q := e.understand(text, history)
		if len(history) == 0 {
			return e.answerUnthreaded(q, text) // "how deep is it": else the headline's thing (referent.go)
		}
		return e.answerOne(q)
	}
	var out reply
	var subjects []int
	topic := false // the part before named the subject and asked nothing
	thing := ""    // the thing the part before asked about ("the fee")
	things := ""   // the plural noun phrase it asked about ("water fees")
	sides := e.comparedQueries(parts, compared, history)
	asked := severalAsked(text, compared)
	for k, p := range parts {
		if p == thisStory {
			r, _ := e.summary(nil)
			out.merge(r)
			continue
		}
		q := sides[k]
		if !compared && k < len(parts)-1 && (isStatement(p) || len(q.terms) == 0 && len(q.subjects) > 0 && (q.typ == tPassage || q.typ == tValue)) {
			// "sara isgur flores - who is she": a name alone sets the topic
			// "the headline says senator sessions, is he still a senator":
			// the user sets out what they read; the question follows
			subjects, topic = q.subjects, true
			continue
		}
		q = e.pluralBackReference(e.backReference(q, p, subjects, topic, thing, history), p, things, history)
		if k == 0 && len(history) == 0 {
			e.storySubject(q)
		}
		if len(q.subjects) == 0 && len(q.terms) == 0 && (q.typ == tPassage || q.typ == tValue || q.typ == tYesNo) {
			continue // "hey quick question," frames the question; it asks nothing
		}
		r := e.solve(q)
		subjects, topic, thing, things = e.answeredSubjects(q, r), false, e.definiteThing(p, compared), e.pluralThing(p, compared)
		out.merge(numbered(r, asked, k))
	}
	switch len(out.parts) {
	case 0:
		return e.answerOne(e.understand(text, history))
	case 1:
		return out.parts[0].answer()
	}
	return out.answer()
}

// severalAsked reports whether a message asks several questions of its
// own, not one question asked of each of two sides or players.
func severalAsked(text string, compared bool) bool {
	return !compared && len(splitParts(text)) > 1
}

// numbered is the reply to the k-th question of a message that asks
// several (asked), numbered so a part it leaves open can be named.
func numbered(r reply, asked bool, k int) reply {
	if asked {
		r.ordinal = k + 1
	}
	return r
}

// questionParts divides a question into the questions it asks: the
// sides of a comparison (compared), or the parts of a multi-part
// question, or, for "… both players", the question asked of each.
func (e *Engine) questionParts(text string, history []knowledge.Turn) (parts []string, compared bool) {
	if parts = comparisonParts(text); parts != nil {
		return e.storySides(parts), true // "this recall vs …": the story's own
	}
	parts = e.elidedCounted(splitParts(text)) // "how many counts convicted and how many acquitted"
	if len(parts) == 1 && len(history) == 0 {
		if d := e.dualParts(text); d != nil {
			return d, false // "… for both players": asked of each
		}
	}
	return parts, false
}

// markedQuestion is a question clause after a comma and a discourse
// marker that introduces what the speaker means ("…, like how many are
// left?", "…, so who pays?"): like, so, basically, i.e. (Andersen,
// "Pragmatic Markers and Sociolinguistic Variation", 2001, on "like";
// Schiffrin, "Discourse Markers", 1987, on "so").
var markedQuestion = lazyRE(`(?i),\s*(?:like|so|basically|i\.?e\.?|i mean|meaning)\s*,?\s+((?:how|who|whom|what|when|where|why|which|did|does|do|is|are|was|were|has|have|can|will)\b.*)$`)

// askedClause is the question a long message asks: when it opens with a
// statement of the asker's own ("my editor wants a line on …") and then
// marks its question, the marked clause; otherwise the whole text.
func askedClause(text string) string {
	m := markedQuestion.FindStringSubmatchIndex(text)
	if m == nil {
		return text
	}
	var words []string
	for _, t := range tokenize(expandChat(text[:m[0]])) {
		words = append(words, t.lower)
	}
	words = dropChat(words)
	if len(words) < 3 || whWords[words[0]] || auxiliaries[words[0]] || imperatives[words[0]] {
		return text // "who is she, like what does she do": a question already
	}
	return text[m[2]:m[3]]
}

// imperatives open a request phrased as a command ("tell me", "list").
var imperatives = set("tell", "give", "list", "name", "show", "explain", "describe", "compare",
	"summarize", "summarise", "quote", "remind", "walk")

// isStatement reports whether a part of a question is a statement, not a
// question: no interrogative, auxiliary or imperative opens it (after chat
// framing) and no question mark ends it.
func isStatement(p string) bool {
	if strings.HasSuffix(strings.TrimSpace(p), "?") {
		return false
	}
	var words []string
	for _, t := range tokenize(expandChat(p)) {
		words = append(words, t.lower)
	}
	for _, w := range words {
		if w == "whats" {
			return false // "what's" typed without its apostrophe, as "whos" for "who's": a question
		}
		if !chatWords[w] {
			break
		}
	}
	words = dropChat(words)
	if len(words) < 3 {
		return false // "hey quick question" and the like are framing, left to the caller
	}
	w := words[0]
	if whWords[w] || auxiliaries[w] || imperatives[w] || chatWords[w] {
		return false
	}
	for _, x := range words[1:] {
		if speechVerbs[x] || auxiliaries[x] || x == "read" || x == "heard" || progressiveSpeech(x) {
			return true // a clause with its own verb: "the headline says …", "ppl keep saying …"
		}
	}
	return false // a noun phrase ("sara isgur flores - who is she") names the subject
}

// answerOne answers a single question.
func (e *Engine) answerOne(q *query) knowledge.Answer {
	r := e.namedDescribed(e.solve(q))
	return r.answer()
}

// solve runs extraction and the decision for one query.
func (e *Engine) solve(q *query) reply {
	r, _ := e.solveVia(q)
	if r.found && len(r.readAs) == 0 && len(r.unmatched) == 0 {
		for _, t := range q.terms {
			if t.readAs != "" {
				r.readAs = append(r.readAs, t.readAs) // "reads "stock" as "share"" (nounlinks.go)
			}
		}
	}
	return r
}

// solveVia is solve that also names the route that decided: the stage
// whose reply was taken, or "no stage" when every one declined and the
// article is said not to tell (Explain prints it).
func (e *Engine) solveVia(q *query) (reply, string) {
	if r, ok := e.firstAmong(q); ok {
		return r, "first among" // "which chamber passed it first": the earliest occasion, the order adverb no word to find
	}
	if r, ok := e.presupposes(q); ok {
		return r, "presupposition"
	}
	if r, ok := e.deniedOrOpen(q); ok {
		return r, "denied or left open" // "when did Brandt concede": "Brandt ... has not conceded"; "who asked": "have not said who asked" (leftopen.go)
	}
	if r, ok := e.teamRecord(q); ok {
		return r, "team record" // "what's harlow's record": "the Hawks (41-19)"
	}
	if r, ok := e.bearingAsked(q); ok {
		return r, "bearing" // "which way did he go off the trail": "turned west" (bearingasked.go)
	}
	h, ok := handlers[q.typ]
	if !ok {
		h = (*Engine).passage
	}
	if r, ok := h(e, q); ok {
		if q.typ == tYesNo && (!r.found || strings.HasPrefix(r.head, partialYesNo)) {
			if r2, stage, ok := e.yesNoReread(q, h); ok {
				return r2, stage
			}
		}
		return r, "type handler"
	}
	if q.typ != tPassage && q.typ != tYesNo {
		if r, ok := e.passage(q); ok && e.typedFallbackOK(q, r) {
			return r, "passage fallback"
		}
	}
	if w, ok := e.widened(q); ok {
		if r, ok := h(e, w); ok {
			return r, "type handler, widened"
		}
	}
	for _, reread := range []func(*query) (*query, bool){e.broadened, e.overlapDefined} {
		if w, ok := reread(q); ok {
			if r, ok := h(e, w); ok && r.found {
				return r, "type handler, reread" // "how much did orders drop": "orders fell 38%"; "how long has he held the position": "his 14-year tenure"
			}
		}
	}
	if r, ok := e.unknownWordsReply(q, h); ok {
		return r, "unknown words"
	}
	if r, ok := e.thesaurusReply(q, h); ok {
		return r, "thesaurus" // "how much did the stock go down": "Shares … dropped 3%" (thesaurusrelated.go)
	}
	if w, ok := e.describedAsSubject(q); ok {
		if r, ok := h(e, w); ok && r.found {
			return r, "described as subject" // "when will the governor visit": "She said she would visit … on Thursday"
		}
	}
	return e.notSaid(q), "no stage"
}

// yesNoReread reads a yes/no question that got no verdict once more:
// with the article's synonyms ("did the coast guard stop barges":
// "halted"), then by a definition that holds two of its words ("was she
// found guilty": "convicted", which WordNet defines "find or declare
// guilty", glossoverlap.go). It gives the first verdict found.
func (e *Engine) yesNoReread(q *query, h handler) (reply, string, bool) {
	if w, ok := e.widened(q); ok {
		if r, ok := h(e, w); ok && r.found && !strings.HasPrefix(r.head, partialYesNo) {
			return r, "type handler, widened", true
		}
	}
	if w, ok := e.overlapDefined(q); ok {
		if r, ok := h(e, w); ok && r.found && !strings.HasPrefix(r.head, partialYesNo) {
			return r, "type handler, reread", true
		}
	}
	return reply{}, "", false
}

// unsaidPremise reports whether a word the article never uses is the
// verb a why, when, where or who question takes for granted ("why was
// Solberg fired", "who got arrested"): a wh-question presupposes its act
// (Quirk et al. 1985, §11.14), and an article that never tells the act
// answers none of it. The rest of a who-question ("for starting the
// fire") names no one the act befell.
func (e *Engine) unsaidPremise(q *query, unused []string) bool {
	if !presupposingTypes[q.typ] && q.typ != tPerson {
		return false
	}
	for i, t := range q.toks {
		if !slices.Contains(unused, t.lower) || i > 0 && lightVerbs[q.toks[i-1].lower] && !e.getPassiveAt(q.toks, i-1) {
			continue // "get rid of": the light verb's complement, not the act itself
		}
		if w := t.lower; e.canBe(w, "verb") && !e.canBe(w, "noun") || strings.HasSuffix(w, "ed") && e.canBe(w, "verb") || !e.noLex && e.finitePast(w) { // an irregular past, "built" (futuredone.go)
			return true
		}
	}
	return false
}

// progressiveSpeech reports whether w is the -ing participle of a verb of
// speaking ("saying", "claiming"), the form a statement takes after a
// catenative or the progressive ("ppl keep saying …", "everyone's
// claiming …"; Quirk et al., §3.49 on catenative verbs, §4.22 on the
// progressive): its clause reports what the asker heard.
func progressiveSpeech(w string) bool {
	base, ok := strings.CutSuffix(w, "ing")
	return ok && (speechVerbs[base] || speechVerbs[base+"s"])
}
