/**
 * The built-in exercise catalogue, shared by every clinic.
 *
 * Written in our own words from the seven activities of the seed article
 * (shared/seed/emotional-intimacy-activities.txt); the facts are the article's, the
 * exercises, steps and prompts are ours. Each entry cites the article and the activity it
 * adapts. Slugs are stable identifiers: never rename or reuse one, because assignments and
 * custom versions refer to them.
 */
import type { ActivityKey, Exercise, ExerciseSource } from './exercise';

/**
 * The seed text carries no heading, byline or web address of its own. The title below is
 * our description of it; "The Intimacy Institute" is the organisation named in its
 * credits, taken as its publisher. The only address in the text belongs to the study it
 * cites, so it is listed under references, not as the article's url.
 */
const SEED_ARTICLE = {
  title: 'Helpful activities for building emotional intimacy',
  publisher: 'The Intimacy Institute',
  references: [
    {
      citation:
        'van Lankveld J, et al. (2018). The associations of intimacy and sexuality in daily life.',
      url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5987853/',
    },
  ],
} as const;

const ACTIVITY_HEADINGS: Record<ActivityKey, string> = {
  COMMUNICATE_OPENLY: 'Communicate Openly',
  NEW_EXPERIENCES: 'Make new memories & try new experiences together',
  SHARE_STORIES: 'Share stories and memories',
  LAUGH_TOGETHER: 'Laugh. A lot.',
  AFFECTION: 'Be affectionate',
  LEARN_ABOUT_PARTNER: 'Learn something new about your partner',
  RESPECT_BOUNDARIES: 'Respect each other’s individuality, boundaries, and desires',
};

function sourceFor(activity: ActivityKey): ExerciseSource {
  return {
    title: SEED_ARTICLE.title,
    publisher: SEED_ARTICLE.publisher,
    note: `Adapted from the article’s activity “${ACTIVITY_HEADINGS[activity]}”; exercise and wording are Hearth’s own.`,
    references: SEED_ARTICLE.references.map((r) => ({ ...r })),
  };
}

const steps = (...lines: string[]) => lines.map((line, i) => `${i + 1}. ${line}`).join('\n');

export const BUILT_IN_EXERCISES: readonly Exercise[] = [
  {
    slug: 'listen-and-reflect',
    title: 'Listen and reflect back',
    activity: 'COMMUNICATE_OPENLY',
    intimacyTypes: ['EMOTIONAL', 'INTELLECTUAL'],
    summary: 'Take turns as speaker and listener, and repeat back what you heard before replying.',
    whyItHelps:
      'Talking openly lets trust, empathy and connection grow, because neither of you is left guessing what the other means. Listening well is a skill that improves with practice, and reflecting back is the simplest way to practise it. Hearing your own words returned accurately is also a quick, clear sign that you were understood.',
    steps: steps(
      'Sit somewhere quiet, put your phones out of reach and set a timer for ten minutes.',
      'The speaker talks about something on their mind this week, starting sentences with “I”.',
      'The listener does not interrupt, advise or defend; they only pay attention.',
      'When the speaker pauses, the listener sums up what they heard and asks: “Did I get that right?”',
      'The speaker corrects anything missed. Then swap roles for another ten minutes.',
    ),
    estimatedMinutes: 25,
    suggestedSchedule: { kind: 'WEEKLY', weekdays: ['SUN'] },
    suggestedAudience: 'TOGETHER',
    reflectionPrompts: [
      {
        id: 'heard',
        kind: 'TEXT',
        label: 'What did you hear from your partner that you had not known before?',
      },
      {
        id: 'felt-understood',
        kind: 'SCALE_1_5',
        label: 'How understood did you feel when your words were reflected back?',
      },
      {
        id: 'urge-to-interrupt',
        kind: 'YES_NO',
        label: 'Did you notice an urge to interrupt or defend yourself?',
      },
    ],
    source: sourceFor('COMMUNICATE_OPENLY'),
  },
  {
    slug: 'high-point-low-point',
    title: 'High point, low point',
    activity: 'COMMUNICATE_OPENLY',
    intimacyTypes: ['EMOTIONAL'],
    summary: 'In the evening, tell each other the best and the hardest moment of your day.',
    whyItHelps:
      'Short, regular and honest exchanges stop misunderstandings and unspoken stress from piling up. Saying plainly how your day felt spares your partner the work of guessing. Listening with full attention, night after night, turns open communication from an effort into a habit.',
    steps: steps(
      'Pick a regular time, such as after dinner, and put screens away.',
      'One of you names the high point and the low point of your day, and how each felt.',
      'The other listens without fixing anything, then asks one question to understand more.',
      'Swap and repeat.',
      'Finish by saying one thing you appreciated about the conversation.',
    ),
    estimatedMinutes: 10,
    suggestedSchedule: { kind: 'N_PER_WEEK', timesPerWeek: 5 },
    suggestedAudience: 'TOGETHER',
    reflectionPrompts: [
      {
        id: 'surprise',
        kind: 'TEXT',
        label: 'What did you learn about your partner’s day that surprised you?',
      },
      { id: 'ease', kind: 'SCALE_1_5', label: 'How easy was it to say how your day really felt?' },
    ],
    source: sourceFor('COMMUNICATE_OPENLY'),
  },
  {
    slug: 'first-time-together',
    title: 'Something neither of you has done',
    activity: 'NEW_EXPERIENCES',
    intimacyTypes: ['EXPERIENTIAL', 'EMOTIONAL'],
    summary: 'Choose an activity that is new to you both and try it together, mistakes included.',
    whyItHelps:
      'Starting something as complete beginners puts you on an equal footing, and it tends to be fun. Getting it wrong in front of each other means letting your partner see your clumsy, unpolished side, and being seen like that and accepted draws you closer. The outing also becomes a shared memory to come back to.',
    steps: steps(
      'Each write down three things you have never tried: a dance class, a climbing wall, a new walking route, an unusual recipe.',
      'Compare lists and pick one that is new to both of you and fits your budget and energy.',
      'Put it in the calendar.',
      'Do it together, having agreed beforehand that laughing at your own mistakes is part of the point.',
      'Afterwards, tell each other one moment you enjoyed and one you found awkward.',
    ),
    estimatedMinutes: 90,
    suggestedSchedule: { kind: 'WEEKLY', weekdays: ['SAT'] },
    suggestedAudience: 'TOGETHER',
    reflectionPrompts: [
      {
        id: 'beginner',
        kind: 'TEXT',
        label: 'What was it like to be a beginner next to your partner?',
      },
      {
        id: 'connected',
        kind: 'SCALE_1_5',
        label: 'How connected did you feel during the activity?',
      },
      { id: 'again', kind: 'YES_NO', label: 'Would you like to do it again?' },
    ],
    source: sourceFor('NEW_EXPERIENCES'),
  },
  {
    slug: 'beginners-project',
    title: 'Beginners’ project',
    activity: 'NEW_EXPERIENCES',
    intimacyTypes: ['EXPERIENTIAL', 'INTELLECTUAL'],
    summary: 'Learn one small new skill side by side over a few short sessions.',
    whyItHelps:
      'Working on something unfamiliar as a team shows how each of you learns, copes with frustration and enjoys progress. Mistakes made together lower the pressure to look capable and make room for honesty about what feels hard. Every session adds to a store of experiences that belong to the two of you.',
    steps: steps(
      'Agree on a small skill neither of you has yet: a few phrases of a new language, a card game, a simple repair or a dish from an unfamiliar cuisine.',
      'Find one free resource to learn from and set a modest goal for the week.',
      'Practise together for about twenty minutes each time.',
      'Each time, name one thing your partner did well.',
      'At the end of the week, show off what you learned, however imperfect.',
    ),
    estimatedMinutes: 20,
    suggestedSchedule: { kind: 'N_PER_WEEK', timesPerWeek: 3 },
    suggestedAudience: 'TOGETHER',
    reflectionPrompts: [
      {
        id: 'how-they-learn',
        kind: 'TEXT',
        label: 'What did you notice about the way your partner learns?',
      },
      { id: 'teamwork', kind: 'SCALE_1_5', label: 'How much did you enjoy working as a team?' },
    ],
    source: sourceFor('NEW_EXPERIENCES'),
  },
  {
    slug: 'memory-lane',
    title: 'Memory lane evening',
    activity: 'SHARE_STORIES',
    intimacyTypes: ['EMOTIONAL'],
    summary: 'Each bring a photo or keepsake from your past and tell the story behind it.',
    whyItHelps:
      'Knowing your partner closely means knowing how they think and feel, and people are moved, embarrassed and excited by very different things. Telling the story behind a keepsake, and why it still matters, lets your partner see where you come from. Such stories link the people you were to the couple you are now and the future you are building.',
    steps: steps(
      'Each choose a photo, object or song tied to a moment from your childhood or earlier life.',
      'Take turns telling the story: where you were, who was there and what you felt.',
      'Explain why this memory still matters to you today.',
      'The listener asks two curious questions without turning the story to themselves.',
      'Close by naming one thing you now understand better about each other.',
    ),
    estimatedMinutes: 30,
    suggestedSchedule: { kind: 'WEEKLY', weekdays: ['FRI'] },
    suggestedAudience: 'TOGETHER',
    reflectionPrompts: [
      {
        id: 'their-story',
        kind: 'TEXT',
        label: 'What did your partner’s story tell you about them?',
      },
      {
        id: 'comfort',
        kind: 'SCALE_1_5',
        label: 'How comfortable did you feel sharing your own memory?',
      },
      { id: 'held-back', kind: 'YES_NO', label: 'Was there a part of your story you held back?' },
    ],
    source: sourceFor('SHARE_STORIES'),
  },
  {
    slug: 'story-of-us',
    title: 'The story of us',
    activity: 'SHARE_STORIES',
    intimacyTypes: ['EMOTIONAL', 'SPIRITUAL_VALUES'],
    summary:
      'Retell how you met and the turning points of your relationship, each from your own side.',
    whyItHelps:
      'Going back over your shared history reminds you both why you chose each other. Hearing the same events from your partner’s side shows what they noticed, felt and valued, which is often not what you expected. Linking those moments to where you are now gives the relationship a sense of continuity.',
    steps: steps(
      'Each on your own, note three moments that shaped your relationship: how you met, a hard time and a happy time.',
      'Sit together and take turns telling one moment at a time from your point of view.',
      'After each, the other partner shares what they remember of that same moment.',
      'Talk about what each moment says about what you both value.',
      'Add one moment you would like to create together in the coming year.',
    ),
    estimatedMinutes: 40,
    suggestedSchedule: { kind: 'ONCE' },
    suggestedAudience: 'TOGETHER',
    reflectionPrompts: [
      {
        id: 'remembered-differently',
        kind: 'TEXT',
        label: 'Which moment did your partner remember differently, and how?',
      },
      {
        id: 'shared-values',
        kind: 'TEXT',
        label: 'What does your story say about what you both value?',
      },
      {
        id: 'closeness-after',
        kind: 'SCALE_1_5',
        label: 'How close did you feel after telling it?',
      },
    ],
    source: sourceFor('SHARE_STORIES'),
  },
  {
    slug: 'laughter-night',
    title: 'Laughter night',
    activity: 'LAUGH_TOGETHER',
    intimacyTypes: ['EXPERIENTIAL', 'EMOTIONAL'],
    summary: 'Plan an evening built around things that make you both laugh.',
    whyItHelps:
      'Laughing together eases stress, tension and worry for both of you at once. Shared laughter also strengthens the bond between you and leaves a good memory behind. It is one of the easiest ways to feel like a team again after a tiring week.',
    steps: steps(
      'Each pick one thing that reliably makes you laugh: a comedy, a silly game, old videos, a favourite sketch.',
      'Set aside an evening with no chores or serious topics on the agenda.',
      'Take turns sharing your picks and allow yourselves to be silly.',
      'Finish by retelling the funniest moment the two of you have ever shared.',
    ),
    estimatedMinutes: 60,
    suggestedSchedule: { kind: 'WEEKLY', weekdays: ['SAT'] },
    suggestedAudience: 'TOGETHER',
    reflectionPrompts: [
      { id: 'funniest', kind: 'TEXT', label: 'What made you laugh the most, and why?' },
      {
        id: 'relaxed',
        kind: 'SCALE_1_5',
        label: 'How relaxed did you feel by the end of the evening?',
      },
    ],
    source: sourceFor('LAUGH_TOGETHER'),
  },
  {
    slug: 'funny-moments-swap',
    title: 'Funny moments swap',
    activity: 'LAUGH_TOGETHER',
    intimacyTypes: ['EMOTIONAL'],
    summary: 'Note something funny on your own during the week, then swap stories at the weekend.',
    whyItHelps:
      'Watching out for funny moments pulls your attention away from stress and worry during the day. Sharing them later lets you laugh together and turns ordinary days into stories you have in common. Kept up, it becomes a small ritual that strengthens your bond.',
    steps: steps(
      'Each time this task comes up, write down one thing that made you smile or laugh that day.',
      'Keep your notes to yourself until the swap.',
      'Once a week, sit together and read your notes aloud to each other.',
      'Pick a favourite from your partner’s list and say why it made you laugh.',
    ),
    estimatedMinutes: 5,
    suggestedSchedule: { kind: 'N_PER_WEEK', timesPerWeek: 4 },
    suggestedAudience: 'EACH',
    reflectionPrompts: [
      { id: 'moment', kind: 'TEXT', label: 'What funny moment did you notice today?' },
      {
        id: 'lighter',
        kind: 'SCALE_1_5',
        label: 'How much lighter did your day feel for noticing it?',
      },
    ],
    source: sourceFor('LAUGH_TOGETHER'),
  },
  {
    slug: 'affection-without-expectations',
    title: 'Affection without expectations',
    activity: 'AFFECTION',
    intimacyTypes: ['PHYSICAL_AFFECTION', 'EMOTIONAL'],
    summary:
      'Share a few minutes of non-sexual touch, such as holding hands or a long hug, with nothing expected after.',
    whyItHelps:
      'Affection signals closeness without needing to lead anywhere; it is not the same thing as sex. Touch that asks for nothing back tells your partner they matter for who they are, not for what they provide. Feeling valued in that way adds to the safety and security of the relationship.',
    steps: steps(
      'Agree beforehand that this time is for closeness only, with no expectation of sex.',
      'Each say what kind of touch you would enjoy today and what you would rather skip.',
      'Spend at least ten minutes holding hands, cuddling on the sofa or hugging for longer than usual.',
      'If you like, talk about a fond memory while you do.',
      'Thank each other and say one thing you liked.',
    ),
    estimatedMinutes: 15,
    suggestedSchedule: { kind: 'N_PER_WEEK', timesPerWeek: 3 },
    suggestedAudience: 'TOGETHER',
    reflectionPrompts: [
      { id: 'safe', kind: 'SCALE_1_5', label: 'How safe and relaxed did you feel?' },
      {
        id: 'what-felt-best',
        kind: 'TEXT',
        label: 'What kind of affection felt best to you, and why?',
      },
      {
        id: 'within-agreement',
        kind: 'YES_NO',
        label: 'Did you both stay within what you had agreed?',
      },
    ],
    source: sourceFor('AFFECTION'),
  },
  {
    slug: 'small-acts-of-care',
    title: 'Small acts of care',
    activity: 'AFFECTION',
    intimacyTypes: ['EMOTIONAL'],
    summary:
      'Do one thoughtful thing for your partner, or a job they asked for, without a reminder.',
    whyItHelps:
      'Affection is not only physical: a considerate gesture, or a job done because your partner asked for it, also shows that you value them. Such acts say your partner matters beyond what they contribute to the relationship. Repeated often, they build a steady feeling of safety between you.',
    steps: steps(
      'Think of something your partner has asked for, or something that would make their day a little easier.',
      'Do it without being prompted: a favourite drink, a finished chore, a note in their bag.',
      'Do not ask for thanks; let it be a gift.',
      'In your reflection, note what you did and how it seemed to land.',
    ),
    estimatedMinutes: 15,
    suggestedSchedule: { kind: 'N_PER_WEEK', timesPerWeek: 2 },
    suggestedAudience: 'EACH',
    reflectionPrompts: [
      { id: 'what-and-why', kind: 'TEXT', label: 'What did you do, and why did you choose it?' },
      {
        id: 'unasked',
        kind: 'SCALE_1_5',
        label: 'How good did it feel to do it without being asked?',
      },
      {
        id: 'noticed-partner',
        kind: 'YES_NO',
        label: 'Did you notice a small act of care from your partner this week?',
      },
    ],
    source: sourceFor('AFFECTION'),
  },
  {
    slug: 'curious-questions',
    title: 'Curious questions',
    activity: 'LEARN_ABOUT_PARTNER',
    intimacyTypes: ['INTELLECTUAL', 'EMOTIONAL'],
    summary: 'Set out to learn one new thing about your partner by asking open questions.',
    whyItHelps:
      'Time together builds intimacy, and deciding on purpose to discover something new about your partner each time builds it faster. Open questions invite longer answers and take the conversation deeper than daily logistics. Giving this kind of steady attention helps you understand who your partner is today, not only who they were when you met.',
    steps: steps(
      'Each write three open questions you have never asked, such as “What is a dream you have never told anyone?”',
      'Take turns asking one question at a time.',
      'Listen to the whole answer, then ask “What else?” at least once.',
      'Do not judge or correct the answer; you are there to learn.',
      'Each say the one new thing you discovered.',
    ),
    estimatedMinutes: 20,
    suggestedSchedule: { kind: 'WEEKLY', weekdays: ['WED'] },
    suggestedAudience: 'TOGETHER',
    reflectionPrompts: [
      {
        id: 'new-thing',
        kind: 'TEXT',
        label: 'What new thing did you discover about your partner?',
      },
      { id: 'attention', kind: 'SCALE_1_5', label: 'How much attention were you able to give?' },
      {
        id: 'next-question',
        kind: 'TEXT',
        label: 'Which question would you like to be asked next time?',
      },
    ],
    source: sourceFor('LEARN_ABOUT_PARTNER'),
  },
  {
    slug: 'boundaries-and-wishes',
    title: 'Boundaries and wishes',
    activity: 'RESPECT_BOUNDARIES',
    intimacyTypes: ['EMOTIONAL', 'SPIRITUAL_VALUES'],
    summary:
      'Each write down your needs, wishes and limits, then share them and agree how to honour them.',
    whyItHelps:
      'Closeness struggles to grow when either of you feels unsupported, disrespected or unsafe. Naming your needs, wishes, dislikes and limits, about daily life as well as affection and sex, gives your partner a map for respecting you. These talks matter early in a relationship and many years in, because people and their wishes change.',
    steps: steps(
      'On your own, write three lists: what I need, what I would like more of, and where my limits are. Include everyday life as well as affection and intimacy.',
      'Choose a calm time to share, and agree that either of you may pause at any point.',
      'Take turns reading one item at a time; the listener repeats it back and asks what would help.',
      'Agree on one wish each of you will honour in the coming weeks.',
      'Set a date to look at the lists again.',
    ),
    estimatedMinutes: 45,
    suggestedSchedule: { kind: 'ONCE' },
    suggestedAudience: 'TOGETHER',
    reflectionPrompts: [
      {
        id: 'new-to-you',
        kind: 'TEXT',
        label: 'Which of your partner’s needs or limits was new to you?',
      },
      {
        id: 'respected',
        kind: 'SCALE_1_5',
        label: 'How respected did you feel while sharing your own?',
      },
      { id: 'agreed-wish', kind: 'YES_NO', label: 'Did you agree on a wish to honour?' },
    ],
    source: sourceFor('RESPECT_BOUNDARIES'),
  },
  {
    slug: 'room-to-be-yourself',
    title: 'Room to be yourself',
    activity: 'RESPECT_BOUNDARIES',
    intimacyTypes: ['EMOTIONAL', 'EXPERIENTIAL'],
    summary:
      'Each plan time for an interest of your own, and make it easy for your partner to enjoy theirs.',
    whyItHelps:
      'Respect includes accepting that you are two separate people with your own interests and wants. Feeling supported in being yourself makes closeness feel safer, not smaller. Telling each other about it afterwards lets your partner share in that part of your life without taking it over.',
    steps: steps(
      'Pick something you enjoy doing on your own or with friends.',
      'Tell your partner when you plan to do it, and ask what would make it easy for them.',
      'Support your partner’s plan in a practical way, for example by taking over a chore.',
      'Afterwards, tell each other one thing you enjoyed about your time.',
    ),
    estimatedMinutes: 60,
    suggestedSchedule: { kind: 'N_PER_WEEK', timesPerWeek: 1 },
    suggestedAudience: 'EACH',
    reflectionPrompts: [
      {
        id: 'my-time',
        kind: 'TEXT',
        label: 'What did you do with your time, and how did it feel?',
      },
      { id: 'supported', kind: 'SCALE_1_5', label: 'How supported by your partner did you feel?' },
    ],
    source: sourceFor('RESPECT_BOUNDARIES'),
  },
];

/** A built-in exercise by slug, or undefined. */
export function findBuiltInExercise(slug: string): Exercise | undefined {
  return BUILT_IN_EXERCISES.find((e) => e.slug === slug);
}
