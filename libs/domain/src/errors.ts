/**
 * A problem with one input field, in words the person who typed it can act on.
 * `field` is a dotted path into the input (`steps`, `reflectionPrompts.2.label`,
 * `ratings.closeness`) so the API can map it to BAD_USER_INPUT's per-field list and the
 * web form can put the message under the right control.
 */
export interface FieldError {
  field: string;
  message: string;
}
