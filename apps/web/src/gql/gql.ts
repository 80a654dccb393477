/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ViewerFields on Viewer {\n    id\n    displayName\n    email\n    roles\n    clinic {\n      id\n      name\n      timeZone\n      smallCellK\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      clinicName\n      displayName\n      email\n      hasAccount\n      role\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      ...ViewerFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query OurCouple {\n    ourCouple {\n      id\n      label\n      status\n      coach {\n        id\n        displayName\n      }\n      partnerA {\n        id\n        displayName\n        email\n        status\n      }\n      partnerB {\n        id\n        displayName\n        email\n        status\n      }\n    }\n  }\n": typeof types.OurCoupleDocument,
    "\n  query ClinicCoaches {\n    clinicCoaches {\n      id\n      displayName\n      email\n      status\n      activeCouples\n      invitationExpiresAt\n    }\n  }\n": typeof types.ClinicCoachesDocument,
    "\n  query ClinicRoster {\n    clinicRoster {\n      id\n      label\n      status\n      intakeDate\n      coach {\n        id\n        displayName\n      }\n      partnerA {\n        ...PersonFields\n      }\n      partnerB {\n        ...PersonFields\n      }\n    }\n  }\n": typeof types.ClinicRosterDocument,
    "\n  mutation InviteCoach($input: InviteCoachInput!) {\n    inviteCoach(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n": typeof types.InviteCoachDocument,
    "\n  mutation DeactivateCoach($id: ID!) {\n    deactivateCoach(id: $id) {\n      id\n      status\n      activeCouples\n      invitationExpiresAt\n    }\n  }\n": typeof types.DeactivateCoachDocument,
    "\n  mutation UpdateRosterCouple($coupleId: ID!, $input: UpdateRosterCoupleInput!) {\n    updateRosterCouple(coupleId: $coupleId, input: $input) {\n      id\n      status\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.UpdateRosterCoupleDocument,
    "\n  mutation UpdateClinic($input: UpdateClinicInput!) {\n    updateClinic(input: $input) {\n      id\n      name\n      timeZone\n      smallCellK\n    }\n  }\n": typeof types.UpdateClinicDocument,
    "\n  query MyCouples {\n    myCouples {\n      ...CoupleFields\n    }\n  }\n": typeof types.MyCouplesDocument,
    "\n  mutation SetCoupleStatus($coupleId: ID!, $status: CoupleStatus!) {\n    setCoupleStatus(coupleId: $coupleId, status: $status) {\n      id\n      status\n    }\n  }\n": typeof types.SetCoupleStatusDocument,
    "\n  mutation CreateCouple($input: CreateCoupleInput!) {\n    createCouple(input: $input) {\n      couple {\n        ...CoupleFields\n      }\n      invitations {\n        ...InvitationLinkFields\n      }\n    }\n  }\n": typeof types.CreateCoupleDocument,
    "\n  mutation InvitePartner($coupleId: ID!, $partner: PartnerSlot!) {\n    invitePartner(coupleId: $coupleId, partner: $partner) {\n      ...InvitationLinkFields\n    }\n  }\n": typeof types.InvitePartnerDocument,
    "\n  fragment PersonFields on Person {\n    id\n    displayName\n    email\n    status\n    invitationExpiresAt\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  fragment CoupleFields on Couple {\n    id\n    label\n    status\n    intakeDate\n    timeZone\n    coach {\n      id\n      displayName\n    }\n    partnerA {\n      ...PersonFields\n    }\n    partnerB {\n      ...PersonFields\n    }\n  }\n": typeof types.CoupleFieldsFragmentDoc,
    "\n  fragment InvitationLinkFields on InvitationLink {\n    displayName\n    email\n    expiresAt\n    role\n    url\n  }\n": typeof types.InvitationLinkFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  fragment ViewerFields on Viewer {\n    id\n    displayName\n    email\n    roles\n    clinic {\n      id\n      name\n      timeZone\n      smallCellK\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      clinicName\n      displayName\n      email\n      hasAccount\n      role\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      ...ViewerFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query OurCouple {\n    ourCouple {\n      id\n      label\n      status\n      coach {\n        id\n        displayName\n      }\n      partnerA {\n        id\n        displayName\n        email\n        status\n      }\n      partnerB {\n        id\n        displayName\n        email\n        status\n      }\n    }\n  }\n": types.OurCoupleDocument,
    "\n  query ClinicCoaches {\n    clinicCoaches {\n      id\n      displayName\n      email\n      status\n      activeCouples\n      invitationExpiresAt\n    }\n  }\n": types.ClinicCoachesDocument,
    "\n  query ClinicRoster {\n    clinicRoster {\n      id\n      label\n      status\n      intakeDate\n      coach {\n        id\n        displayName\n      }\n      partnerA {\n        ...PersonFields\n      }\n      partnerB {\n        ...PersonFields\n      }\n    }\n  }\n": types.ClinicRosterDocument,
    "\n  mutation InviteCoach($input: InviteCoachInput!) {\n    inviteCoach(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n": types.InviteCoachDocument,
    "\n  mutation DeactivateCoach($id: ID!) {\n    deactivateCoach(id: $id) {\n      id\n      status\n      activeCouples\n      invitationExpiresAt\n    }\n  }\n": types.DeactivateCoachDocument,
    "\n  mutation UpdateRosterCouple($coupleId: ID!, $input: UpdateRosterCoupleInput!) {\n    updateRosterCouple(coupleId: $coupleId, input: $input) {\n      id\n      status\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n": types.UpdateRosterCoupleDocument,
    "\n  mutation UpdateClinic($input: UpdateClinicInput!) {\n    updateClinic(input: $input) {\n      id\n      name\n      timeZone\n      smallCellK\n    }\n  }\n": types.UpdateClinicDocument,
    "\n  query MyCouples {\n    myCouples {\n      ...CoupleFields\n    }\n  }\n": types.MyCouplesDocument,
    "\n  mutation SetCoupleStatus($coupleId: ID!, $status: CoupleStatus!) {\n    setCoupleStatus(coupleId: $coupleId, status: $status) {\n      id\n      status\n    }\n  }\n": types.SetCoupleStatusDocument,
    "\n  mutation CreateCouple($input: CreateCoupleInput!) {\n    createCouple(input: $input) {\n      couple {\n        ...CoupleFields\n      }\n      invitations {\n        ...InvitationLinkFields\n      }\n    }\n  }\n": types.CreateCoupleDocument,
    "\n  mutation InvitePartner($coupleId: ID!, $partner: PartnerSlot!) {\n    invitePartner(coupleId: $coupleId, partner: $partner) {\n      ...InvitationLinkFields\n    }\n  }\n": types.InvitePartnerDocument,
    "\n  fragment PersonFields on Person {\n    id\n    displayName\n    email\n    status\n    invitationExpiresAt\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  fragment CoupleFields on Couple {\n    id\n    label\n    status\n    intakeDate\n    timeZone\n    coach {\n      id\n      displayName\n    }\n    partnerA {\n      ...PersonFields\n    }\n    partnerB {\n      ...PersonFields\n    }\n  }\n": types.CoupleFieldsFragmentDoc,
    "\n  fragment InvitationLinkFields on InvitationLink {\n    displayName\n    email\n    expiresAt\n    role\n    url\n  }\n": types.InvitationLinkFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    displayName\n    email\n    roles\n    clinic {\n      id\n      name\n      timeZone\n      smallCellK\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    displayName\n    email\n    roles\n    clinic {\n      id\n      name\n      timeZone\n      smallCellK\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      clinicName\n      displayName\n      email\n      hasAccount\n      role\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      clinicName\n      displayName\n      email\n      hasAccount\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OurCouple {\n    ourCouple {\n      id\n      label\n      status\n      coach {\n        id\n        displayName\n      }\n      partnerA {\n        id\n        displayName\n        email\n        status\n      }\n      partnerB {\n        id\n        displayName\n        email\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query OurCouple {\n    ourCouple {\n      id\n      label\n      status\n      coach {\n        id\n        displayName\n      }\n      partnerA {\n        id\n        displayName\n        email\n        status\n      }\n      partnerB {\n        id\n        displayName\n        email\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClinicCoaches {\n    clinicCoaches {\n      id\n      displayName\n      email\n      status\n      activeCouples\n      invitationExpiresAt\n    }\n  }\n"): (typeof documents)["\n  query ClinicCoaches {\n    clinicCoaches {\n      id\n      displayName\n      email\n      status\n      activeCouples\n      invitationExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClinicRoster {\n    clinicRoster {\n      id\n      label\n      status\n      intakeDate\n      coach {\n        id\n        displayName\n      }\n      partnerA {\n        ...PersonFields\n      }\n      partnerB {\n        ...PersonFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClinicRoster {\n    clinicRoster {\n      id\n      label\n      status\n      intakeDate\n      coach {\n        id\n        displayName\n      }\n      partnerA {\n        ...PersonFields\n      }\n      partnerB {\n        ...PersonFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCoach($input: InviteCoachInput!) {\n    inviteCoach(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteCoach($input: InviteCoachInput!) {\n    inviteCoach(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateCoach($id: ID!) {\n    deactivateCoach(id: $id) {\n      id\n      status\n      activeCouples\n      invitationExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateCoach($id: ID!) {\n    deactivateCoach(id: $id) {\n      id\n      status\n      activeCouples\n      invitationExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRosterCouple($coupleId: ID!, $input: UpdateRosterCoupleInput!) {\n    updateRosterCouple(coupleId: $coupleId, input: $input) {\n      id\n      status\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRosterCouple($coupleId: ID!, $input: UpdateRosterCoupleInput!) {\n    updateRosterCouple(coupleId: $coupleId, input: $input) {\n      id\n      status\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClinic($input: UpdateClinicInput!) {\n    updateClinic(input: $input) {\n      id\n      name\n      timeZone\n      smallCellK\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClinic($input: UpdateClinicInput!) {\n    updateClinic(input: $input) {\n      id\n      name\n      timeZone\n      smallCellK\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCouples {\n    myCouples {\n      ...CoupleFields\n    }\n  }\n"): (typeof documents)["\n  query MyCouples {\n    myCouples {\n      ...CoupleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCoupleStatus($coupleId: ID!, $status: CoupleStatus!) {\n    setCoupleStatus(coupleId: $coupleId, status: $status) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SetCoupleStatus($coupleId: ID!, $status: CoupleStatus!) {\n    setCoupleStatus(coupleId: $coupleId, status: $status) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCouple($input: CreateCoupleInput!) {\n    createCouple(input: $input) {\n      couple {\n        ...CoupleFields\n      }\n      invitations {\n        ...InvitationLinkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCouple($input: CreateCoupleInput!) {\n    createCouple(input: $input) {\n      couple {\n        ...CoupleFields\n      }\n      invitations {\n        ...InvitationLinkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePartner($coupleId: ID!, $partner: PartnerSlot!) {\n    invitePartner(coupleId: $coupleId, partner: $partner) {\n      ...InvitationLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePartner($coupleId: ID!, $partner: PartnerSlot!) {\n    invitePartner(coupleId: $coupleId, partner: $partner) {\n      ...InvitationLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    id\n    displayName\n    email\n    status\n    invitationExpiresAt\n  }\n"): (typeof documents)["\n  fragment PersonFields on Person {\n    id\n    displayName\n    email\n    status\n    invitationExpiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoupleFields on Couple {\n    id\n    label\n    status\n    intakeDate\n    timeZone\n    coach {\n      id\n      displayName\n    }\n    partnerA {\n      ...PersonFields\n    }\n    partnerB {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  fragment CoupleFields on Couple {\n    id\n    label\n    status\n    intakeDate\n    timeZone\n    coach {\n      id\n      displayName\n    }\n    partnerA {\n      ...PersonFields\n    }\n    partnerB {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationLinkFields on InvitationLink {\n    displayName\n    email\n    expiresAt\n    role\n    url\n  }\n"): (typeof documents)["\n  fragment InvitationLinkFields on InvitationLink {\n    displayName\n    email\n    expiresAt\n    role\n    url\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;